//! General patterns of news prose, fifth pass (issue 14): offices an article calls former,
//! a title that belongs to the next name of a list, and the hostage cues and speakers a
//! sentence gives at a distance. One rule each, in made-up prose.

use super::*;

#[test]
fn a_courtesy_title_after_former_gives_no_office() {
    let x = run(&[
        "Former Governor Jane Whitcombe opened her campaign in Dayton.",
        "Governor Whitcombe told the crowd she would win.",
        "Sen. Ray Ortiz, a former mayor, introduced her.",
    ]);
    assert!(roles(&x, "Jane Whitcombe").is_empty(), "{:?}", x.entities);
    // An office held now is still read, though a former one is named beside it.
    assert_eq!(roles(&x, "Ray Ortiz"), vec![Role::Official]);
}

#[test]
fn a_title_before_the_next_name_of_a_list_is_that_names_own() {
    let x = run(&[
        "Pictured are former Ambassador Lena Marsh, Ohio Gov. Tom Reyes, and businessman Paul Kent.",
    ]);
    assert!(roles(&x, "Lena Marsh").is_empty(), "{:?}", x.entities);
    assert_eq!(roles(&x, "Tom Reyes"), vec![Role::Official]);
}
