//! Fictional demo data (`stegvis demo`): people of the three units, a working group, and three
//! participants in work practice with training plans partly ticked and commented, so that a
//! municipality can try every screen and printout before entering real people. Dates are set
//! relative to today, so the plans always look like work in progress.

use chrono::{Days, NaiveDate};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::outline::{self, OutlineKind, TaskInput};
use crate::participants::{self, ParticipantInput, PlacementInput};
use crate::people::{self, PersonInput};
use crate::plans::{self, Confirmer};
use crate::store::Store;
use crate::{dates, settings, units, work_groups};

const LOADED: &str = "demo_loaded";

/// What `load` made, for the CLI to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    pub people: usize,
    pub participants: usize,
    pub plans: Vec<Uuid>,
}

const BUTIKK: &str = "6f1e2d3c-5a4b-4c00-8000-000000000101";
const HELSE: &str = "6f1e2d3c-5a4b-4c00-8000-000000000102";
const KJOKKEN: &str = "6f1e2d3c-5a4b-4c00-8000-000000000105";

/// Tasks the adviser added to Tesfay's plan for his ward, on top of the template's.
const HELSE_EXTRA: [[(&str, &str); 8]; 3] = [
    [
        (
            "arbeid",
            "Bruker nøkkelkort og kjenner dørene som skal være låst.",
        ),
        (
            "arbeid",
            "Vet hvor hanskene, forklærne og munnbindene ligger.",
        ),
        ("arbeid", "Rydder skyllerommet etter bruk."),
        ("arbeid", "Fyller på papir og såpe på badene."),
        ("sprak", "Kan navnet på rommene på avdelingen."),
        ("sprak", "Sier «god morgen» og navnet sitt til beboerne."),
        ("egnethet", "Tar av ringer og klokke før arbeidet starter."),
        ("egnethet", "Spør fadder når noe er uklart."),
    ],
    [
        ("arbeid", "Dekker bord til middag for hele avdelingen."),
        ("arbeid", "Hjelper beboer med å ta på sko og jakke."),
        ("arbeid", "Følger beboer til aktivitet i første etasje."),
        ("arbeid", "Skifter sengetøy sammen med en kollega."),
        ("sprak", "Forstår beskjeder på morgenmøtet."),
        ("sprak", "Kan si hva beboeren har spist og drukket."),
        ("egnethet", "Holder taushetsplikten også utenfor jobben."),
        ("egnethet", "Er rolig når en beboer er urolig."),
    ],
    [
        ("arbeid", "Hjelper til med dusj med veiledning."),
        ("arbeid", "Måler og skriver ned hvor mye beboeren drikker."),
        ("arbeid", "Gjør klar rommet til en ny beboer."),
        ("arbeid", "Går tur med beboer i hagen."),
        ("sprak", "Ringer og sier fra om fravær på norsk."),
        ("sprak", "Forteller kort om dagen på rapportmøtet."),
        ("egnethet", "Tar imot tilbakemelding og prøver igjen."),
        ("egnethet", "Kommer med forslag til aktiviteter."),
    ],
];

const COMMENTS: [&str; 12] = [
    "Går fint. Trenger ikke lenger hjelp.",
    "Øvde to ganger sammen med fadder.",
    "Fikk det til etter en uke.",
    "Bra! Spør når hun er usikker.",
    "Trenger litt mer øving på ordene.",
    "Viste det selv til en ny kollega.",
    "Gjør dette hver morgen nå.",
    "Snakket om dette i trekantsamtalen.",
    "Klarer det alene, men sjekker lista.",
    "Fadder viste hvordan, deltaker gjorde det selv.",
    "God innsats. Litt treg i starten.",
    "Planlagt neste uke sammen med fadder.",
];

/// Loads the demo data into the database; refused when it has been loaded before.
pub fn load(store: &mut Store) -> Result<DemoSummary> {
    if store.read(|tx| tx.setting(LOADED))?.is_some() {
        return Err(Error::Refused {
            message: "Demodataene er allerede lastet inn i denne databasen.".into(),
        });
    }
    let today = dates::today();
    if settings::get(store)?.municipality.is_empty() {
        settings::set_municipality(store, "Stegvik kommune")?;
    }

    let unit = |kind: units::UnitKind, store: &mut Store| -> Result<Uuid> {
        Ok(units::list(store)?
            .into_iter()
            .find(|u| u.kind == kind)
            .map(|u| u.id)
            .expect("the qualifying units are always there"))
    };
    let refugee_service = unit(units::UnitKind::Flyktningtjeneste, store)?;
    let adult_education = unit(units::UnitKind::Voksenopplaering, store)?;
    let nav = unit(units::UnitKind::Nav, store)?;
    let person = |store: &mut Store, name: &str, unit: Uuid, role: &str, email: &str| {
        people::create(
            store,
            &PersonInput {
                name: name.into(),
                unit_id: Some(unit),
                role: role.into(),
                email: Some(email.into()),
                phone: None,
            },
        )
        .map(|p| p.id)
    };
    let ingrid = person(
        store,
        "Ingrid Bakke",
        refugee_service,
        "programraadgiver",
        "ingrid.bakke@stegvik.kommune.no",
    )?;
    let morten = person(
        store,
        "Morten Dahl",
        refugee_service,
        "programraadgiver",
        "morten.dahl@stegvik.kommune.no",
    )?;
    let jonas = person(
        store,
        "Jonas Berg",
        adult_education,
        "laerer",
        "jonas.berg@stegvik.kommune.no",
    )?;
    let sara = person(store, "Sara Lie", nav, "navVeileder", "sara.lie@nav.no")?;
    if settings::get(store)?.current_user_id.is_none() {
        settings::set_current_user(store, Some(ingrid))?;
    }
    if let Ok(group) = work_groups::create(store, "Arbeidsrettet løp butikk og omsorg (demo)") {
        work_groups::add_member(store, group.id, ingrid, true)?;
        work_groups::add_member(store, group.id, jonas, false)?;
        work_groups::add_member(store, group.id, sara, false)?;
    }

    let amina = PlanSpec {
        name: "Amina Yusuf",
        initials_only: false,
        adviser: ingrid,
        workplace: "Matbutikken Sentrum",
        mentor: "Line Hansen",
        started_days_ago: 70,
        days_per_week: 3,
        template: BUTIKK,
        extra: None,
        passed_phases: 1,
        ticked_in_current: 5,
        comment_every: 3,
    }
    .create(store, today)?;
    let tesfay = PlanSpec {
        name: "Tesfay Gebremariam",
        initials_only: true,
        adviser: morten,
        workplace: "Solsiden omsorgssenter",
        mentor: "Per Olsen",
        started_days_ago: 100,
        days_per_week: 4,
        template: HELSE,
        extra: Some(&HELSE_EXTRA),
        passed_phases: 1,
        ticked_in_current: 9,
        comment_every: 1,
    }
    .create(store, today)?;
    let oksana = PlanSpec {
        name: "Oksana Kovalenko",
        initials_only: false,
        adviser: ingrid,
        workplace: "Kantina på rådhuset",
        mentor: "Nguyễn Thị Lan",
        started_days_ago: 20,
        days_per_week: 2,
        template: KJOKKEN,
        extra: None,
        passed_phases: 0,
        ticked_in_current: 4,
        comment_every: 2,
    }
    .create(store, today)?;

    store.write(|tx| tx.set_setting(LOADED, &dates::now_timestamp()))?;
    Ok(DemoSummary {
        people: 4,
        participants: 3,
        plans: vec![amina, tesfay, oksana],
    })
}

struct PlanSpec {
    name: &'static str,
    initials_only: bool,
    adviser: Uuid,
    workplace: &'static str,
    mentor: &'static str,
    started_days_ago: u64,
    days_per_week: u8,
    template: &'static str,
    extra: Option<&'static [[(&'static str, &'static str); 8]; 3]>,
    /// Phases ticked in full and passed.
    passed_phases: usize,
    /// Tasks ticked in the phase after those.
    ticked_in_current: usize,
    /// Every n-th ticked task gets a comment (1: all of them, and the unticked ones too).
    comment_every: usize,
}

impl PlanSpec {
    fn create(&self, store: &mut Store, today: NaiveDate) -> Result<Uuid> {
        let participant = participants::create(
            store,
            &ParticipantInput {
                name: self.name.into(),
                initials_only: self.initials_only,
                adviser_id: Some(self.adviser),
            },
        )?;
        let start = today - Days::new(self.started_days_ago);
        let placement = participants::create_placement(
            store,
            &PlacementInput {
                participant_id: Some(participant.id),
                workplace: self.workplace.into(),
                mentor_name: self.mentor.into(),
                start_date: dates::format_date(start),
                end_date: dates::format_date(start + Days::new(180)),
                days_per_week: Some(self.days_per_week as i64),
                ..Default::default()
            },
        )?;
        let template = Uuid::parse_str(self.template).expect("fixed id");
        let mut plan = plans::create(store, placement.id, template)?;
        if let Some(extra) = self.extra {
            for (phase, tasks) in plan.phases.clone().iter().zip(extra.iter()) {
                for (criterion, text) in tasks {
                    let input = TaskInput {
                        text: (*text).into(),
                        criterion: (*criterion).into(),
                        hint: None,
                    };
                    outline::add_task(store, OutlineKind::Plan, phase.id, &input, None)?;
                }
            }
            plan = plans::get(store, plan.id)?;
        }

        // Spread the ticks over the days gone by, a few tasks per workday.
        let mut day = start + Days::new(3);
        let mut count = 0;
        let next_date = |day: &mut NaiveDate| {
            let date = (*day).min(today);
            *day = (*day + Days::new(2)).min(today);
            dates::format_date(date)
        };
        for (index, phase) in plan.phases.iter().enumerate() {
            let ticked = if index < self.passed_phases {
                phase.tasks.len()
            } else if index == self.passed_phases {
                self.ticked_in_current.min(phase.tasks.len())
            } else {
                0
            };
            for (n, task) in phase.tasks.iter().enumerate() {
                let tick = n < ticked;
                if tick {
                    let date = next_date(&mut day);
                    plans::set_confirmed(store, task.id, Confirmer::Mentor, true, Some(&date))?;
                    if n % 4 != 3 || index < self.passed_phases {
                        plans::set_confirmed(store, task.id, Confirmer::Participant, true, None)?;
                    }
                }
                if (tick && count % self.comment_every == 0) || self.comment_every == 1 {
                    plans::set_comment(store, task.id, COMMENTS[count % COMMENTS.len()])?;
                }
                count += 1;
            }
            if index < self.passed_phases {
                let date = next_date(&mut day);
                plans::pass_phase(store, plan.id, phase.id, Some(&date))?;
            }
        }
        Ok(plan.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_has_three_plans_the_largest_with_over_60_commented_tasks_and_loads_once() {
        let mut store = Store::open_in_memory().unwrap();
        let summary = load(&mut store).unwrap();
        assert_eq!(summary.plans.len(), 3);
        let list = plans::list(&mut store).unwrap();
        assert_eq!(list.len(), 3);
        let amina = plans::get(&mut store, summary.plans[0]).unwrap();
        assert_eq!(amina.name, "Butikkmedarbeider");
        assert_eq!(amina.current_phase, Some(2));
        assert_eq!(amina.progress[1].confirmed, 5);
        let tesfay = plans::get(&mut store, summary.plans[1]).unwrap();
        assert_eq!(tesfay.participant_printed_name, "T. G.");
        let tasks: Vec<_> = tesfay.phases.iter().flat_map(|p| &p.tasks).collect();
        assert!(tasks.len() >= 60, "{}", tasks.len());
        assert!(tasks.iter().all(|t| !t.comment.is_empty()));
        assert!(tasks
            .iter()
            .all(|t| t.done_on.is_none_or(|d| d <= dates::today())));
        let err = load(&mut store).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Demodataene er allerede lastet inn i denne databasen."
        );
        assert_eq!(plans::list(&mut store).unwrap().len(), 3);
    }
}
