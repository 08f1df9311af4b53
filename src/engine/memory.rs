//! Memory a build frees between stages, given back to the system so that the next stage's
//! allocations do not come on top of it.

/// Hands the allocator's free pages back to the system on every thread that freed some:
/// mimalloc (the binary's allocator) keeps them in each thread's heap otherwise, where they
/// still count in the process's resident size. A build calls it where a stage has let go of
/// much: after the link stage (what only linking reads of extraction) and once the linked
/// site is turned into search documents.
pub(crate) fn give_back_free_pages() {
    // SAFETY: mi_collect takes no pointer and only releases pages no allocation uses.
    let collect = || unsafe { libmimalloc_sys::mi_collect(true) };
    rayon::broadcast(|_| collect());
    collect();
}
