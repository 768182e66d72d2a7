//! The demo's process (part of `stegvis demo`): the demo working group has worked through steps
//! 1–3 of the model and marked them done (step 1 with a follow-up still open, which the group
//! confirmed). The step 1 workshop meeting was held a few weeks ago and has minutes (attendance,
//! time used per agenda item, notes, decisions, a point to anchor with management and three
//! follow-ups); the step 4 meeting is planned. The annual wheel has the municipality's fixed
//! budget and accounting dates and the group's own activities. Everything goes through the core
//! API, as a user's clicks would, and dates are relative to today.

use chrono::{Datelike, Days, NaiveDate};
use uuid::Uuid;

use crate::annual_wheel::{self, ActivityInput, ActivityKind};
use crate::checklists::{self, ChecklistId, EntryInput};
use crate::error::Result;
use crate::meetings::{self, EntryKind, FollowUpInput, FollowUpStatus, MeetingInput};
use crate::store::Store;
use crate::tools::{self, ToolRowInput};
use crate::{dates, process};

/// The people and units of the demo that the process names.
pub(super) struct Team {
    pub ingrid: Uuid,
    pub morten: Uuid,
    pub jonas: Uuid,
    pub sara: Uuid,
    pub refugee_service: Uuid,
    pub adult_education: Uuid,
    pub nav: Uuid,
}

/// What was made, for the demo's summary.
pub(super) struct MadeProcess {
    pub meetings: usize,
}

/// Workshop meetings are held on Tuesdays: the Tuesday on or before `day`.
fn tuesday_on_or_before(day: NaiveDate) -> NaiveDate {
    let since_tuesday = (day.weekday().num_days_from_monday() + 6) % 7;
    day - Days::new(since_tuesday.into())
}

/// The Tuesday on or after `day`.
fn tuesday_on_or_after(day: NaiveDate) -> NaiveDate {
    let until_tuesday = (8 - day.weekday().num_days_from_monday()) % 7;
    day + Days::new(until_tuesday.into())
}

/// Adds a row to a tool's table and returns its id, for later tools to pick.
fn add_row(store: &mut Store, group: Uuid, tool: &str, cells: &[(&str, &str)]) -> Result<Uuid> {
    let input = ToolRowInput {
        values: cells
            .iter()
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect(),
    };
    let table = tools::add_row(store, group, tool, &input)?;
    Ok(table.rows.last().expect("the row just added").id)
}

/// A row of a roles-and-responsibilities matrix (1.3, 2.4, 3.3).
fn roles<'a>(
    task: &'a str,
    unit: &'a str,
    who: &'a str,
    involved: &'a str,
    deadline: &'a str,
) -> [(&'static str, &'a str); 5] {
    [
        ("oppgave", task),
        ("ansvarlig", unit),
        ("utforer", who),
        ("involvert", involved),
        ("frist", deadline),
    ]
}

pub(super) fn load(
    store: &mut Store,
    today: NaiveDate,
    group: Uuid,
    team: &Team,
) -> Result<MadeProcess> {
    let in_days = |days: u64| dates::format_date(today + Days::new(days));
    let refugee_service = team.refugee_service.to_string();
    let adult_education = team.adult_education.to_string();
    let nav = team.nav.to_string();

    for key in ChecklistId::BeforeStart.items().iter().map(|i| i.key) {
        let (note, responsible) = match key {
            "forankring" => (
                "Kommunalsjefen for helse og velferd og lederne i de tre enhetene sa ja i ledermøtet.",
                "Ingrid Bakke",
            ),
            "leder" => (
                "Ingrid Bakke fra flyktningtjenesten leder prosessen.",
                "Ingrid Bakke",
            ),
            "moteserie" => ("Ett arbeidsmøte annenhver tirsdag.", "Ingrid Bakke"),
            "arshjul" => (
                "Startet med de faste budsjett- og regnskapsdatoene.",
                "Sara Lie",
            ),
            _ => ("", "Ingrid Bakke"),
        };
        checklists::set_entry(
            store,
            ChecklistId::BeforeStart,
            group,
            key,
            &EntryInput {
                done: true,
                note: note.into(),
                responsible: responsible.into(),
            },
        )?;
    }

    // Step 1: each unit brought its list of lines of work with a labour need (1.1).
    let shop = add_row(
        store,
        group,
        "1.1",
        &[
            ("enhet", &nav),
            ("bransje", "Butikk (dagligvare)"),
            ("behov", "stort"),
            (
                "kilde",
                "Navs bedriftsundersøkelse og markedskontakten i Nav",
            ),
            (
                "krav",
                "Kundebehandling, hygiene, enkel regning og norsk muntlig på A2-nivå.",
            ),
            (
                "ufaglaerte",
                "Mange deltidsstillinger uten krav om fagbrev. Butikkene lærer opp selv.",
            ),
        ],
    )?;
    let storage = add_row(
        store,
        group,
        "1.1",
        &[
            ("enhet", &nav),
            ("bransje", "Lager og logistikk"),
            ("behov", "noe"),
            ("kilde", "Markedskontakten i Nav"),
            (
                "krav",
                "Forstå sikkerhetsregler og advarsler på norsk. Truckførerbevis er en fordel.",
            ),
            (
                "ufaglaerte",
                "Plukk og pakk uten krav til utdanning. Med truckførerbevis blir det flere jobber.",
            ),
        ],
    )?;
    let cleaning = add_row(
        store,
        group,
        "1.1",
        &[
            ("enhet", &refugee_service),
            ("bransje", "Renhold"),
            ("behov", "stort"),
            (
                "kilde",
                "Samtaler med lokale arbeidsgivere (Glans Renhold AS)",
            ),
            (
                "krav",
                "HMS-kort for renhold. Kunne lese merkingen på rengjøringsmidler.",
            ),
            (
                "ufaglaerte",
                "Bransjen ansetter mange uten fagbrev. Fagbrev kan tas senere som praksiskandidat.",
            ),
        ],
    )?;
    let care = add_row(
        store,
        group,
        "1.1",
        &[
            ("enhet", &adult_education),
            ("bransje", "Helse og omsorg (assistent)"),
            ("behov", "stort"),
            (
                "kilde",
                "Kommunens kompetansestrategi og Solsiden omsorgssenter",
            ),
            (
                "krav",
                "Norsk muntlig på B1-nivå, taushetsplikt og politiattest.",
            ),
            (
                "ufaglaerte",
                "Assistenter og tilkallingsvikarer. Veien videre går mot helsefagarbeider.",
            ),
        ],
    )?;
    add_row(
        store,
        group,
        "1.1",
        &[
            ("enhet", &refugee_service),
            ("bransje", "Kjøkken og kantine"),
            ("behov", "noe"),
            ("kilde", "Lokale arbeidsgivere (Kantina på rådhuset)"),
            (
                "krav",
                "Kurs i hygiene for næringsmidler. Kunne følge en oppskrift.",
            ),
            ("ufaglaerte", "Kjøkkenassistent uten fagbrev, mest deltid."),
        ],
    )?;

    let shop_id = shop.to_string();
    let storage_id = storage.to_string();
    let cleaning_id = cleaning.to_string();
    let care_id = care.to_string();
    for (line, fit, tasks, employers, assessment) in [
        (
            &shop_id,
            "ja",
            "Varepåfylling, varemottak, rydding og etter hvert kasse.",
            "Matbutikken Sentrum",
            "Passer godt. Flere deltakere har erfaring fra handel.",
        ),
        (
            &cleaning_id,
            "ja",
            "Renhold av klasserom og kontorer, og avfallshåndtering.",
            "Glans Renhold AS",
            "Passer godt, men arbeidstiden er ofte på ettermiddagen.",
        ),
        (
            &care_id,
            "kanskje",
            "Rydde rom, servere måltider og følge beboere til aktiviteter.",
            "Solsiden omsorgssenter",
            "Krever mer norsk. Aktuelt for deltakere som har kommet et stykke i norskopplæringen.",
        ),
        (
            &storage_id,
            "kanskje",
            "Plukk og pakk, og varemottak.",
            "Nordlager Logistikk AS",
            "Sikkerhetskravene gjør norsk viktig. Vurderes igjen når vi har et kurs i sikkerhet.",
        ),
    ] {
        add_row(
            store,
            group,
            "1.2",
            &[
                ("bransje", line),
                ("aktuell", fit),
                ("oppgaver", tasks),
                ("arbeidsgivere", employers),
                ("vurdering", assessment),
            ],
        )?;
    }
    for row in [
        roles(
            "Holde oversikten over arbeidskraftbehovet oppdatert hvert halvår",
            &nav,
            "Sara Lie",
            "Ingrid Bakke",
            &in_days(60),
        ),
        roles(
            "Fortelle deltakerne om bransjene som er valgt",
            &refugee_service,
            "Ingrid Bakke og Morten Dahl",
            "Jonas Berg",
            &in_days(30),
        ),
        roles(
            "Legge fram prioriteringen for kommunalsjefen",
            &refugee_service,
            "Ingrid Bakke",
            "",
            &in_days(10),
        ),
    ] {
        add_row(store, group, "1.3", &row)?;
    }

    // Step 2: the measures each unit offers today (2.1), assessed for the lines of work.
    let mut measures = Vec::new();
    for (unit, name, kind, content, extent) in [
        (
            &adult_education,
            "Grunnleggende ferdigheter i lesing, regning og IKT",
            "grunnleggende",
            "Lese enkle tekster, regne med penger og bruke nettbrett på jobb.",
            "6 timer i uken hele året",
        ),
        (
            &adult_education,
            "Arbeidslivskurs",
            "arbeidslivskunnskap",
            "Arbeidstid, fravær, lønn og skatt, HMS og uskrevne regler.",
            "2 timer i uken i 10 uker",
        ),
        (
            &refugee_service,
            "Språkpraksis",
            "sprakpraksis",
            "Praksis på en arbeidsplass for å øve norsk i arbeid.",
            "2 dager i uken i inntil 6 måneder",
        ),
        (
            &refugee_service,
            "Karriereveiledning",
            "karriereveiledning",
            "Samtaler om yrkesvalg ut fra erfaring og arbeidsmarkedet.",
            "3 samtaler per deltaker",
        ),
        (
            &nav,
            "Arbeidsmarkedskurs i renhold",
            "fagkurs",
            "Kurs med praksis i en renholdsbedrift. Gir HMS-kort.",
            "8 uker, to ganger i året",
        ),
    ] {
        measures.push(
            add_row(
                store,
                group,
                "2.1",
                &[
                    ("enhet", unit),
                    ("tiltak", name),
                    ("type", kind),
                    ("innhold", content),
                    ("omfang", extent),
                ],
            )?
            .to_string(),
        );
    }
    let [basic, working_life, language_practice, _, cleaning_course] = measures.as_slice() else {
        unreachable!("five measures were added");
    };
    for (line, measure, answers, assessment, adjustment) in [
        (
            &shop_id,
            basic,
            "delvis",
            "Regning med penger passer, men lesingen er ikke rettet mot butikk.",
            "Bruke varelister, prislapper og bestillinger fra butikken i undervisningen.",
        ),
        (
            &shop_id,
            language_practice,
            "ja",
            "Matbutikken tar imot deltakere og gir gode tilbakemeldinger.",
            "",
        ),
        (
            &cleaning_id,
            cleaning_course,
            "ja",
            "Kurset gir HMS-kort og fører ofte til jobb.",
            "Flere plasser, så ventetiden blir kortere.",
        ),
        (
            &care_id,
            working_life,
            "delvis",
            "Taushetsplikt og turnusarbeid er ikke med.",
            "Legge til en økt om taushetsplikt og turnus.",
        ),
        (
            &storage_id,
            basic,
            "nei",
            "Deltakerne lærer ikke ordene for sikkerhet og advarsler.",
            "Vurderes som nytt tiltak i steg 3.",
        ),
    ] {
        add_row(
            store,
            group,
            "2.2",
            &[
                ("bransje", line),
                ("tiltak", measure),
                ("svarer", answers),
                ("vurdering", assessment),
                ("justering", adjustment),
            ],
        )?;
    }
    for (measure, change, unit, involved, deadline) in [
        (
            basic,
            "Ta inn tekster og oppgaver fra butikk i undervisningen.",
            &adult_education,
            "Matbutikken Sentrum",
            in_days(45),
        ),
        (
            working_life,
            "Ny økt om taushetsplikt og turnusarbeid.",
            &adult_education,
            "Solsiden omsorgssenter",
            in_days(60),
        ),
        (
            cleaning_course,
            "Be om to kurs til neste år i stedet for ett.",
            &nav,
            "Flyktningtjenesten",
            in_days(90),
        ),
    ] {
        add_row(
            store,
            group,
            "2.3",
            &[
                ("tiltak", measure),
                ("endring", change),
                ("ansvarlig", unit),
                ("involvert", involved),
                ("frist", &deadline),
            ],
        )?;
    }
    for row in [
        roles(
            "Følge opp justeringene av tiltakene",
            &adult_education,
            "Jonas Berg",
            "Ingrid Bakke",
            &in_days(60),
        ),
        roles(
            "Melde behovet for flere kursplasser i renhold",
            &nav,
            "Sara Lie",
            "",
            &in_days(30),
        ),
    ] {
        add_row(store, group, "2.4", &row)?;
    }

    // Step 3: new measures assessed (3.1), the shop course planned first (3.2).
    let shop_course = add_row(
        store,
        group,
        "3.1",
        &[
            ("bransje", &shop_id),
            ("tiltak", "Fagkurs for butikkmedarbeidere med bransjenorsk"),
            ("type", "fagkurs"),
            ("deltakere", "8"),
            (
                "krav",
                "Kundebehandling, varehåndtering, hygiene og enkel butikkøkonomi.",
            ),
            (
                "ressurser",
                "Faglærer fra videregående skole 4 timer i uken. Kan deles med nabokommunen.",
            ),
            ("prioritet", "hoy"),
        ],
    )?
    .to_string();
    let storage_course = add_row(
        store,
        group,
        "3.1",
        &[
            ("bransje", &storage_id),
            ("tiltak", "Kurs i lagerarbeid og sikkerhet"),
            ("type", "fagkurs"),
            ("deltakere", "5"),
            ("krav", "Sikkerhetsregler, advarsler og truckførerbevis."),
            (
                "ressurser",
                "Truckførerkurset kjøpes av en kursholder. Nav kan betale for sine deltakere.",
            ),
            ("prioritet", "middels"),
        ],
    )?
    .to_string();
    add_row(
        store,
        group,
        "3.1",
        &[
            ("bransje", &care_id),
            ("tiltak", "Bransjenorsk for helse og omsorg"),
            ("type", "bransjenorsk"),
            ("deltakere", "6"),
            ("krav", "Norsk muntlig på B1-nivå og ordene fra avdelingen."),
            (
                "ressurser",
                "Norsklærer og sykepleier sammen, 3 timer i uken.",
            ),
            ("prioritet", "middels"),
        ],
    )?;
    for (measure, activity, unit, involved, deadline) in [
        (
            &shop_course,
            "Avtale med videregående skole om faglærer og kompetansemål.",
            &adult_education,
            "Matbutikken Sentrum",
            in_days(30),
        ),
        (
            &shop_course,
            "Lage timeplan og budsjett, og melde behovet inn til budsjettet for neste år.",
            &refugee_service,
            "Voksenopplæringen",
            in_days(50),
        ),
        (
            &storage_course,
            "Hente inn tilbud på truckførerkurs.",
            &nav,
            "Nordlager Logistikk AS",
            in_days(75),
        ),
    ] {
        add_row(
            store,
            group,
            "3.2",
            &[
                ("tiltak", measure),
                ("aktivitet", activity),
                ("ansvarlig", unit),
                ("involvert", involved),
                ("frist", &deadline),
            ],
        )?;
    }
    for row in [
        roles(
            "Lede arbeidet med fagkurset i butikk",
            &adult_education,
            "Jonas Berg",
            "Ingrid Bakke og Sara Lie",
            &in_days(30),
        ),
        roles(
            "Skrive innspill til budsjettet om de nye tiltakene",
            &refugee_service,
            "Ingrid Bakke",
            "Kommunalsjefen",
            &in_days(40),
        ),
    ] {
        add_row(store, group, "3.3", &row)?;
    }

    let meetings =
        step_1_meeting(store, today, group, team)? + step_4_meeting(store, today, group, team)?;

    // Step 1 is done although the point for the head of department is still open: the group
    // confirmed it, and the record keeps what was missing. Steps 2 and 3 are done in full, so
    // the group's next meeting is step 4's.
    process::mark_done(store, group, 1, true)?;
    process::mark_done(store, group, 2, false)?;
    process::mark_done(store, group, 3, false)?;

    annual_wheel(store, group, team)?;
    Ok(MadeProcess { meetings })
}

/// The step 1 workshop meeting, five weeks ago, as it was run.
fn step_1_meeting(store: &mut Store, today: NaiveDate, group: Uuid, team: &Team) -> Result<usize> {
    let day = tuesday_on_or_before(today - Days::new(35));
    let meeting = meetings::plan(
        store,
        group,
        &MeetingInput {
            step: 1,
            date: dates::format_date(day),
            starts_at: "09:00".into(),
            ends_at: "12:30".into(),
            place: "Møterommet Fjorden, rådhuset".into(),
            invitees: vec![team.ingrid, team.morten, team.jonas, team.sara],
        },
    )?;
    let absent = meeting
        .people
        .iter()
        .find(|p| p.person_id == Some(team.morten))
        .expect("Morten was invited")
        .id;
    meetings::set_attendance(store, absent, false)?;
    // Minutes each item took: the lists took longer than planned, the roles went quicker.
    let used = [14, 52, 15, 55, 35, 20, 19];
    for (item, minutes) in meeting.agenda.iter().zip(used) {
        meetings::record_time(store, item.id, minutes * 60)?;
    }
    let item = |n: usize| Some(meeting.agenda[n].id);
    for (kind, text, agenda_item) in [
        (
            EntryKind::Note,
            "Alle tre enhetene la fram sin liste. Butikk, renhold og helse og omsorg står på alle tre.",
            item(1),
        ),
        (
            EntryKind::Decision,
            "Vi går videre med butikk og renhold som de første bransjene. Helse og omsorg og lager tas opp igjen i steg 3.",
            item(3),
        ),
        (
            EntryKind::Note,
            "Flere arbeidsgivere tar imot folk uten fagbrev, men krever nok norsk til å forstå sikkerhetsreglene.",
            item(4),
        ),
        (
            EntryKind::Decision,
            "Nav holder oversikten over arbeidskraftbehovet oppdatert, og gruppen går gjennom den hvert halvår.",
            item(5),
        ),
        (
            EntryKind::Anchoring,
            "Kommunalsjefen må godkjenne at butikk og renhold prioriteres i introduksjonsprogrammet neste år.",
            item(6),
        ),
    ] {
        meetings::add_entry(
            store,
            meeting.id,
            &meetings::EntryInput {
                kind,
                text: text.into(),
                agenda_item_id: agenda_item,
            },
        )?;
    }
    for (what, owner, deadline) in [
        (
            "Hente tall for ledige stillinger på lager fra markedskontakten i Nav",
            team.sara,
            day + Days::new(7),
        ),
        (
            "Legge fram prioriteringen av butikk og renhold for kommunalsjefen",
            team.ingrid,
            today + Days::new(10),
        ),
        (
            "Lage en liste over tiltakene voksenopplæringen gir i dag",
            team.jonas,
            day + Days::new(14),
        ),
    ] {
        meetings::add_follow_up(
            store,
            meeting.id,
            &FollowUpInput {
                what: what.into(),
                owner_id: Some(owner),
                deadline: Some(dates::format_date(deadline)),
            },
        )?;
    }
    let follow_ups = meetings::get(store, meeting.id)?.follow_ups;
    meetings::set_follow_up_status(store, follow_ups[0].id, FollowUpStatus::Done, None)?;
    meetings::set_follow_up_status(
        store,
        follow_ups[2].id,
        FollowUpStatus::CarriedOver,
        Some(2),
    )?;
    Ok(1)
}

/// The step 4 workshop meeting, planned two weeks ahead.
fn step_4_meeting(store: &mut Store, today: NaiveDate, group: Uuid, team: &Team) -> Result<usize> {
    meetings::plan(
        store,
        group,
        &MeetingInput {
            step: 4,
            date: dates::format_date(tuesday_on_or_after(today + Days::new(14))),
            starts_at: "09:00".into(),
            ends_at: "11:30".into(),
            place: "Møterommet Fjorden, rådhuset".into(),
            invitees: vec![team.ingrid, team.morten, team.jonas, team.sara],
        },
    )?;
    Ok(1)
}

/// The fixed budget and accounting dates, and the group's own recurring activities.
fn annual_wheel(store: &mut Store, group: Uuid, team: &Team) -> Result<()> {
    annual_wheel::add_fixed_dates(store, group)?;
    let all_but = |unit: Uuid| -> Vec<Uuid> {
        [team.refugee_service, team.adult_education, team.nav]
            .into_iter()
            .filter(|u| *u != unit)
            .collect()
    };
    for (name, kind, responsible, months, note) in [
        (
            "Inntak av nye deltakere",
            ActivityKind::Intake,
            team.refugee_service,
            vec![1, 8],
            "Nye deltakere kartlegges og får sin første plan.",
        ),
        (
            "Oppstart av kurs i bransjenorsk",
            ActivityKind::Course,
            team.adult_education,
            vec![2, 9],
            "Butikk og renhold først; helse og omsorg når kurset er klart.",
        ),
        (
            "Planlegge neste års praksisplasser",
            ActivityKind::Planning,
            team.nav,
            vec![10, 11],
            "Markedskontakten i Nav og programrådgiverne snakker med arbeidsgiverne før budsjettet vedtas.",
        ),
        (
            "Evaluering av året",
            ActivityKind::Other,
            team.refugee_service,
            vec![12],
            "Resultatene tas med i årsberetningen.",
        ),
    ] {
        annual_wheel::add_activity(
            store,
            group,
            &ActivityInput {
                name: name.into(),
                kind: Some(kind),
                responsible_unit_id: Some(responsible),
                performing_unit_id: Some(responsible),
                involved_unit_ids: all_but(responsible),
                months,
                note: note.into(),
            },
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meetings_fall_on_tuesdays_on_the_side_of_today_asked_for() {
        // 05.05.2027 is a Wednesday.
        let wednesday = NaiveDate::from_ymd_opt(2027, 5, 5).unwrap();
        let tuesday = NaiveDate::from_ymd_opt(2027, 5, 4).unwrap();
        assert_eq!(tuesday_on_or_before(wednesday), tuesday);
        assert_eq!(tuesday_on_or_before(tuesday), tuesday);
        assert_eq!(
            tuesday_on_or_after(wednesday),
            NaiveDate::from_ymd_opt(2027, 5, 11).unwrap()
        );
        assert_eq!(tuesday_on_or_after(tuesday), tuesday);
    }
}
