//! Round two of real-prose patterns: each test a general habit of news writing, in invented
//! prose, that the rule it names must read right.

use super::*;

#[test]
fn a_singular_title_before_a_list_is_the_first_names_alone() {
    let x = run(&[
        "Special Envoy Dana Orlov, Peter Hasek and Lina Moretti spoke to the crowd in the square.",
    ]);
    assert!(roles(&x, "Dana Orlov").contains(&Role::Negotiator));
    assert!(roles(&x, "Peter Hasek").is_empty());
    assert!(roles(&x, "Lina Moretti").is_empty());
}

#[test]
fn a_plural_title_before_a_list_gives_every_name_the_groups_role() {
    let x = run(&["The president's envoys Dana Orlov and Peter Hasek flew to Cairo on Sunday."]);
    assert_eq!(roles(&x, "Peter Hasek"), [Role::Negotiator]);
    let y = run(&["Freed hostages Tomer Shaked and Ilan Baruch were taken to hospital."]);
    assert_eq!(roles(&y, "Ilan Baruch"), [Role::Hostage]);
}

#[test]
fn a_hostage_noun_that_modifies_a_title_gives_no_hostage_role() {
    let x = run(&[
        "The plan was first drafted by the president's former hostage affairs envoy Peter Hasek, who has since left.",
    ]);
    assert_eq!(roles(&x, "Peter Hasek"), [Role::Negotiator]);
}

#[test]
fn a_former_envoy_negotiated_but_holds_no_office() {
    assert_eq!(LEX.roles_in("former envoy"), [Role::Negotiator]);
    assert!(LEX.roles_in("former Governor").is_empty());
}

#[test]
fn a_title_after_by_in_a_predicate_is_someone_elses() {
    let x = run(&[
        "Mark Delaney was joined by Sen. Ruth Cole and Rep. Hal Brandt at the rally in Erie.",
    ]);
    assert!(roles(&x, "Mark Delaney").is_empty());
    assert_eq!(roles(&x, "Ruth Cole"), [Role::Official]);
}

#[test]
fn a_speakers_label_is_no_list_item_under_a_heading() {
    let x = run(&[
        "Orlov receives a warm welcome as hostages come home",
        "Orlov: ‘We will never forget this day’",
        "Vice President Dana Orlov landed in the morning.",
    ]);
    assert_eq!(roles(&x, "Dana Orlov"), [Role::Official]);
}

#[test]
fn the_one_told_is_not_the_speaker() {
    let x = run(&[
        "Tomer Shaked came home on Monday.",
        "“He is thin but strong,” a relative of Shaked’s told Kan.",
    ]);
    assert_eq!(quotes(&x)[0].1, None);
}

#[test]
fn a_name_that_completes_a_common_noun_does_not_speak() {
    let x = run(&[
        "Tomer Shaked came home on Monday.",
        "Neighbours of Shaked stressed that “he will need time to recover.”",
    ]);
    assert_eq!(quotes(&x)[0].1, None);
}

#[test]
fn a_relation_of_someone_between_commas_is_skipped_to_the_speaker() {
    let x = run(&[
        "Noa Barak, sister of Tomer Barak, told Channel 13 that her brother “looks tired but happy.”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Noa Barak"));
}

#[test]
fn a_gerund_after_by_has_the_subject_of_the_main_clause() {
    let x = run(&[
        "Governor Ellen Marsh announced her campaign on Monday.",
        "Colin Avery, a fisherman running in the primary, answered the news about Marsh by writing: “Voters should pick the candidate, not party bosses.”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Colin Avery"));
}

#[test]
fn an_organisation_before_a_title_is_a_modifier_of_the_speaker() {
    let x = run(&[
        "White House special envoy Dana Orlov addressed the rally.",
        "“We owe thanks to the families,” the White House special envoy continued.",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Dana Orlov"));
}

#[test]
fn a_verb_after_a_finished_quotation_that_opens_its_own_clause_is_not_its_attribution() {
    let x = run(&[
        "Mark Delaney spoke first. Ruth Cole answered him. He said the state “needs new roads.” Cole said voters should decide on taxes themselves, and “not have them decided in the capital.”",
    ]);
    let q = quotes(&x);
    assert_eq!(q[0].1, Some("Mark Delaney"));
    assert_eq!(q[1].1, Some("Ruth Cole"));
}

#[test]
fn a_show_named_for_a_person_is_no_person() {
    let x = run(&["Mehran Talib hosted The Dr. Talib Show for a decade before he ran."]);
    assert!(!people(&x).contains(&"Talib Show"), "{:?}", people(&x));
}

#[test]
fn an_anchor_named_after_her_channel_asks_the_next_question() {
    let x = run(&[
        "This is what happened when WXYZ-TV anchor Dana Orlov asked the question again.",
        "“Do you still endorse him?”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Dana Orlov"));
}

#[test]
fn names_in_apposition_to_a_plural_role_noun_take_its_role() {
    let x = run(&[
        "The relatives of the three freed hostages, Noga Shalev, Ido Peretz and Avital Ronen, thanked the crowd.",
    ]);
    for n in ["Noga Shalev", "Ido Peretz", "Avital Ronen"] {
        assert_eq!(roles(&x, n), [Role::Hostage], "{n}");
    }
}

#[test]
fn an_apposition_between_dashes_describes_the_name() {
    let x = run(&[
        "Senate candidates Lena Markovic — the state's lieutenant governor — and Victor Hale — a surgeon — met on Tuesday.",
    ]);
    assert_eq!(roles(&x, "Lena Markovic"), [Role::Official]);
    assert!(roles(&x, "Victor Hale").is_empty());
}

#[test]
fn members_of_a_legislature_are_officials_every_one() {
    let x = run(&["Knesset members Rami Haddad and Yossi Amsalem left the hall early."]);
    assert_eq!(roles(&x, "Rami Haddad"), [Role::Official]);
    assert_eq!(roles(&x, "Yossi Amsalem"), [Role::Official]);
}

#[test]
fn a_quotation_after_a_message_from_someone_is_theirs() {
    let x = run(&[
        "Noa Barak spoke to reporters outside the hospital in Tel Aviv on Monday.",
        "She then shared a message from Tomer Barak: “Thank you all, I am finally home.”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Tomer Barak"));
}
