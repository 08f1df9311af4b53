//! Speakers and persons missed in real reporting (sp100): a body's name with "of" before
//! the title of the one who speaks, words quoted as the verb phrase with its object named
//! after them, a byline's time stamp, a company named right after its head noun, and a public
//! figure named by the office they led beside a relative. The cases are made-up prose below,
//! in the format of `held_out_six.txt`; this runs them with its checks and names each that
//! fails.

use super::held_out_six::failures;

const CASES: &str = r#"
## an "of" inside the body's name before a title is part of the title: the name is the subject a later "he" follows
Senator Tom Reyes won 4,210 votes in the county, up from 4,190 in the first count.
Port of Tacoma Commission President Walter Brisk said he could not explain the shift.
“Nobody tampered with the scanners,” he said.
> Nobody tampered => Walter Brisk

## words quoted as the verb phrase itself are the subject's, though the names they govern follow at once
Rebel commander Idris Malo spoke to supporters in the hills on Friday.
Turning to the dead, Malo “saluted the fallen brothers” Omar Taleb and Yusuf Hadi, both killed in the spring.
> saluted the fallen brothers => Idris Malo

## a byline's time stamp after the writer's name is no part of the name
Nadia Farouk Published March 3, 2025 | 10:15 AM
A convoy of trucks reached the border crossing on Monday morning.
+ Nadia Farouk

## a name right after a body's head noun and its article names that body, and a bare "X says" elsewhere does not make it a person
Fjord Cargo Line says all nineteen sailors on the freighter are safe.
The freighter was boarded off the coast on Tuesday, and its crew locked themselves in the engine room.
The Norwegian company Fjord Cargo Line, which runs the vessel, is part of a larger shipping group.
- Fjord Cargo Line

## "the X administration" names the public figure X, not a relative of the other gender who shares the surname
Michelle Obama spoke at a charity gala in Chicago on Saturday night.
She recalled the years of the Obama administration with warmth.
+ Obama
"#;

#[test]
fn each_case_of_other_hundredsixtyone_holds() {
    let failures = failures(CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
