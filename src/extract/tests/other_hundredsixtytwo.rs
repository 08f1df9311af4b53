//! Speakers missed or misplaced in real reporting (sp101): a surname written with a title in
//! an article naming several of one family, a student introduced by a class-year word
//! before the name, a pronoun that tweets after an unnamed source, and a pronoun that goes on
//! after a quotation whose speaker's gender nothing tells. The cases are made-up prose below, in the format of `held_out_six.txt`;
//! this runs them with its checks and names each that fails.

use super::held_out_six::failures;

const CASES: &str = r#"
## a surname with a title goes to the namesake the article gave that title, not to the latest of the family
Sen. Ruth Harlan, Rep. Dean Harlan and Nora Harlan said the candidate reminded them of the late President Amos Harlan.
“This is our moment,” Sen. Harlan told the cheering crowd.
Until Monday, Sen. Harlan had kept quiet about the race.
“He has the judgment this job needs,” Sen. Harlan said.
> This is our moment => Ruth Harlan
> He has the judgment => Ruth Harlan

## a class-year word opening a sentence before a student's name is no part of the name
Hundreds of students were turned away at the gym doors on Monday.
Junior Maya Trent had queued since dawn to hear the candidate.
“I just wanted to be in the room,” she said.
+ Maya Trent
> I just wanted to be in the room => Maya Trent

## a class-year word that is also a given name stays in a name whose next word is no given name
Junior Tafoya scored twice in the second half on Saturday.
+ Junior Tafoya

## a pronoun that tweets after an unnamed source goes to the person last named: a post carries its writer's name
Mayor Tom Nolan said on Sunday that all nine fishermen were back on shore.
One police officer told a local radio station that the men had been held in a warehouse.
He tweeted: “Welcome home to every one of our fishermen.
“The town can breathe again.”
> Welcome home to every one => Tom Nolan
> The town can breathe again => Tom Nolan

## a pronoun after a quotation of this paragraph goes on with its speaker, though nothing tells that speaker's gender and a man was named the paragraph before
Foreign Minister Paul Dorrin urged both sides to sign the deal quickly.
In Vienna, the same message came from Chancellor Haberl. "The guns must fall silent," Haberl stated. He added that the coming week is the "last chance for a ceasefire."
> last chance for a ceasefire => Haberl
"#;

#[test]
fn each_case_of_other_hundredsixtytwo_holds() {
    let failures = failures(CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
