//! Speakers of quotations in copy on freed captives (sp141): an age before a relative's
//! name, and set phrases painted on a wall, which are no one's words. The sentence cases are
//! made-up prose in `other_twohundredsixteen.txt`, run with the checks of `held_out_six`.

use super::held_out_six::failures;
use super::{quotes, run};

#[test]
fn each_case_of_other_twohundredsixteen_holds() {
    let failures = failures(include_str!("other_twohundredsixteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn set_phrases_painted_on_a_wall_are_no_quotations() {
    let x = run(&[
        "Held in a cell for months, she leaned on two phrases scrawled above the door: \
         \u{201c}Nothing lasts forever,\u{201d} \u{201c}Hope\u{201d} and \u{201c}Keep on \
         going.\u{201d} She said, \u{201c}Those words got me through every single night.\u{201d}",
    ]);
    let texts: Vec<&str> = quotes(&x).into_iter().map(|(t, _)| t).collect();
    assert_eq!(texts, ["Those words got me through every single night."]);
}
