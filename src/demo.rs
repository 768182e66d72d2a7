//! Fictional demo data (`stegvis demo`): people of the three units, a working group, seven
//! employers of the six lines of work (contacts, fadders, the 4.1 checklist partly answered, one
//! no longer suitable), two requirement specifications, and three participants in work practice
//! whose placement agreements name the employer, fadder, contact person and specification, with
//! training plans partly ticked and commented, so that a municipality can try every screen and
//! printout before entering real people. Dates are set relative to today, so the plans always
//! look like work in progress. Names, organisation numbers, addresses, phone numbers and e-mail
//! addresses are made up. The demo working group has a process with steps 1–3 worked through
//! (see `demo/process.rs`).

mod process;

use chrono::{Days, NaiveDate};
use uuid::Uuid;

use crate::checklists::{self, ChecklistId, EntryInput};
use crate::employers::{self, ContactInput, EmployerInput, MentorInput, SuitabilityInput};
use crate::error::{Error, Result};
use crate::outline::{self, OutlineKind, TaskInput};
use crate::participants::{self, ParticipantInput, PlacementInput};
use crate::people::{self, PersonInput};
use crate::plans::{self, Confirmer};
use crate::specs::{self, AgreementInput, NewSpecInput, RequirementGroup, RequirementInput};
use crate::store::Store;
use crate::{dates, orgnr, settings, units, work_groups};

const LOADED: &str = "demo_loaded";

/// What `load` made, for the CLI to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    pub people: usize,
    pub employers: usize,
    pub specs: usize,
    pub participants: usize,
    pub plans: Vec<Uuid>,
    /// The demo working group, whose process has steps 1–3 worked through; `None` when a group
    /// of that name was there already (the demo leaves it alone).
    pub process: Option<(Uuid, String)>,
    pub meetings: usize,
}

const BUTIKK: &str = "6f1e2d3c-5a4b-4c00-8000-000000000101";
const HELSE: &str = "6f1e2d3c-5a4b-4c00-8000-000000000102";
const KJOKKEN: &str = "6f1e2d3c-5a4b-4c00-8000-000000000105";

/// A fictional employer: everything the register holds about it.
struct EmployerSpec {
    name: &'static str,
    /// The first eight digits of the organisation number; the ninth is the MOD11 check digit.
    org_digits: [u32; 8],
    trade: &'static str,
    address: &'static str,
    sector: &'static str,
    notes: &'static str,
    kinds: &'static [&'static str],
    busy_months: &'static [i64],
    /// Name, role, phone, e-mail.
    contacts: &'static [(&'static str, &'static str, &'static str, &'static str)],
    /// Name, role, phone, and how many days ago the fadder training was, if taken.
    mentors: &'static [(&'static str, &'static str, &'static str, Option<u64>)],
    /// Answers to the 4.1 checklist: item, done, note, responsible.
    checklist: &'static [(&'static str, bool, &'static str, &'static str)],
}

const MATBUTIKKEN: usize = 0;
const SOLSIDEN: usize = 1;
const KANTINA: usize = 4;
const BAKERIET: usize = 6;

/// The organisation numbers are random digits with a valid check digit. They are not those of any
/// company we know of, but were not looked up in the register (there is no network here).
const EMPLOYERS: [EmployerSpec; 7] = [
    EmployerSpec {
        name: "Matbutikken Sentrum",
        org_digits: [9, 2, 9, 4, 0, 3, 2, 1],
        trade: "Butikk",
        address: "Storgata 14, Stegvik",
        sector: "privat",
        notes: "Dagligvarebutikk med tolv ansatte. Tar imot én deltaker om gangen. Morgenvakten \
                begynner kl. 07.00 med varemottak.",
        kinds: &["sprakpraksis", "arbeidspraksis", "opplaeringsarena"],
        busy_months: &[6, 7, 12],
        contacts: &[(
            "Kari Nilsen",
            "Butikksjef",
            "+47 412 58 307",
            "kari.nilsen@matbutikken-sentrum.no",
        )],
        mentors: &[
            (
                "Line Hansen",
                "Butikkmedarbeider",
                "+47 934 17 260",
                Some(160),
            ),
            ("Ahmed Karimi", "Butikkmedarbeider", "486 02 913", None),
        ],
        checklist: &[
            (
                "formal",
                true,
                "Arbeidspraksis med mål om deltidsjobb.",
                "Ingrid Bakke",
            ),
            (
                "kontaktperson",
                true,
                "Ingrid Bakke, tirsdag og torsdag.",
                "Ingrid Bakke",
            ),
            ("forventninger", true, "", "Ingrid Bakke"),
            (
                "kompetansekrav",
                true,
                "Kravspesifikasjon avtalt med butikksjefen.",
                "Ingrid Bakke",
            ),
            (
                "fadder",
                true,
                "Line Hansen har tatt fadderopplæringen.",
                "Kari Nilsen",
            ),
            (
                "praktisk",
                false,
                "Butikken skaffer arbeidstøy. Busskort er ikke avklart.",
                "Ingrid Bakke",
            ),
        ],
    },
    EmployerSpec {
        name: "Solsiden omsorgssenter",
        org_digits: [9, 4, 3, 9, 5, 4, 1, 4],
        trade: "Helse og omsorg (pleie)",
        address: "Solsideveien 2, Stegvik",
        sector: "offentlig",
        notes: "Kommunalt sykehjem med tre avdelinger. Deltakere begynner på dagvakt i 2. etasje.",
        kinds: &["hospitering", "arbeidspraksis", "opplaeringsarena"],
        busy_months: &[6, 7, 8],
        contacts: &[
            (
                "Hilde Strand",
                "Avdelingsleder",
                "+47 905 31 442",
                "hilde.strand@stegvik.kommune.no",
            ),
            (
                "Bjørn Tveit",
                "Institusjonsleder",
                "+47 917 80 126",
                "bjorn.tveit@stegvik.kommune.no",
            ),
        ],
        mentors: &[
            ("Per Olsen", "Helsefagarbeider", "+47 928 44 071", Some(310)),
            (
                "Maria Santos",
                "Helsefagarbeider",
                "+47 455 19 832",
                Some(45),
            ),
            ("Jorunn Aas", "Assistent", "", None),
        ],
        checklist: &[
            (
                "formal",
                true,
                "Opplæringsarena med mål om fast vikarjobb.",
                "Morten Dahl",
            ),
            ("kontaktperson", true, "Morten Dahl.", "Morten Dahl"),
            ("forventninger", true, "", "Morten Dahl"),
            ("kompetansekrav", true, "", "Morten Dahl"),
            (
                "fadder",
                true,
                "To av fadderne har tatt fadderopplæringen.",
                "Hilde Strand",
            ),
            (
                "praktisk",
                true,
                "Turnus med dagvakter. Arbeidstøy fra sykehjemmet.",
                "Hilde Strand",
            ),
        ],
    },
    EmployerSpec {
        name: "Eventyrskogen barnehage",
        org_digits: [9, 2, 1, 4, 4, 4, 7, 5],
        trade: "Barnehage",
        address: "Skogstien 5, Stegvik",
        sector: "privat",
        notes: "Privat barnehage med fire avdelinger. Politiattest må være levert før første dag.",
        kinds: &["sprakpraksis", "arbeidspraksis"],
        busy_months: &[6, 8],
        contacts: &[(
            "Siri Haugen",
            "Styrer",
            "+47 993 62 504",
            "styrer@eventyrskogen-barnehage.no",
        )],
        mentors: &[(
            "Fatima Ali",
            "Barne- og ungdomsarbeider",
            "+47 472 90 318",
            Some(75),
        )],
        checklist: &[
            (
                "formal",
                true,
                "Språkpraksis først, arbeidspraksis senere.",
                "Jonas Berg",
            ),
            ("kontaktperson", true, "", "Ingrid Bakke"),
        ],
    },
    EmployerSpec {
        name: "Glans Renhold AS",
        org_digits: [9, 0, 5, 1, 9, 1, 7, 1],
        trade: "Renhold",
        address: "Industriveien 7, Stegvik",
        sector: "privat",
        notes:
            "Godkjent renholdsvirksomhet. Oppdrag i skoler og kontorbygg, mest på ettermiddagen.",
        kinds: &["arbeidspraksis", "opplaeringsarena"],
        busy_months: &[1, 6, 7, 8],
        contacts: &[(
            "Tomasz Nowak",
            "Driftsleder",
            "+47 941 27 685",
            "tomasz.nowak@glansrenhold.no",
        )],
        mentors: &[
            ("Anna Berg", "Renholdsoperatør", "+47 408 73 159", Some(220)),
            ("Ali Hassan", "Renholder", "+47 963 05 847", None),
        ],
        checklist: &[
            (
                "formal",
                true,
                "Arbeidspraksis på skoleoppdragene.",
                "Morten Dahl",
            ),
            (
                "praktisk",
                false,
                "Deltakeren må ha HMS-kort for renhold før oppstart.",
                "Tomasz Nowak",
            ),
        ],
    },
    EmployerSpec {
        name: "Kantina på rådhuset",
        org_digits: [8, 8, 3, 5, 3, 1, 4, 9],
        trade: "Kjøkken og kantine",
        address: "Rådhusplassen 1, Stegvik",
        sector: "offentlig",
        notes: "Kommunens kantine. Lunsj for rundt 200 ansatte hver dag, og servering til møter.",
        kinds: &["sprakpraksis", "arbeidspraksis"],
        busy_months: &[1, 8, 9],
        contacts: &[(
            "Eva Lund",
            "Kjøkkensjef",
            "+47 952 40 611",
            "eva.lund@stegvik.kommune.no",
        )],
        mentors: &[("Nguyễn Thị Lan", "Kokk", "+47 467 31 920", Some(60))],
        checklist: &[
            (
                "formal",
                true,
                "Språkpraksis to dager i uken.",
                "Ingrid Bakke",
            ),
            ("kontaktperson", true, "", "Ingrid Bakke"),
            ("fadder", true, "", "Eva Lund"),
        ],
    },
    EmployerSpec {
        name: "Nordlager Logistikk AS",
        org_digits: [9, 4, 8, 6, 1, 2, 9, 0],
        trade: "Lager",
        address: "Havneveien 30, Stegvik",
        sector: "privat",
        notes: "Lager for dagligvarer. Tar imot deltakere til hospitering; arbeidspraksis krever \
                at deltakeren forstår advarsler på norsk.",
        kinds: &["hospitering", "arbeidspraksis", "opplaeringsarena"],
        busy_months: &[10, 11, 12],
        contacts: &[
            (
                "Jan Eriksen",
                "Lagersjef",
                "+47 915 68 204",
                "jan.eriksen@nordlager.no",
            ),
            (
                "Mona Pedersen",
                "HR-rådgiver",
                "+47 22 71 40 35",
                "mona.pedersen@nordlager.no",
            ),
        ],
        mentors: &[("Rune Johansen", "Lagermedarbeider", "+47 981 26 573", None)],
        checklist: &[],
    },
    EmployerSpec {
        name: "Bakeriet i Bakken",
        org_digits: [8, 0, 7, 9, 8, 2, 1, 8],
        trade: "Kjøkken og kantine",
        address: "Bakken 3, Stegvik",
        sector: "privat",
        notes: "Lite bakeri med kafé. Arbeidsdagen begynner kl. 05.00.",
        kinds: &["sprakpraksis"],
        busy_months: &[12],
        contacts: &[(
            "Ole Bakken",
            "Daglig leder",
            "+47 938 15 406",
            "post@bakerietibakken.no",
        )],
        mentors: &[],
        checklist: &[("formal", true, "", "Jonas Berg")],
    },
];

/// The organisation number of the fictional digits, with its check digit.
fn org_number(digits: &[u32; 8]) -> String {
    let check = orgnr::check_digit(digits).expect("the demo's digits have a check digit");
    digits
        .iter()
        .chain(std::iter::once(&check))
        .map(|d| d.to_string())
        .collect()
}

/// What was made of an employer, to link placements to.
struct MadeEmployer {
    id: Uuid,
    mentors: Vec<(String, Uuid)>,
    contacts: Vec<(String, Uuid)>,
}

impl MadeEmployer {
    fn mentor(&self, name: &str) -> Uuid {
        self.mentors
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, id)| *id)
            .expect("a demo fadder")
    }

    fn contact(&self, name: &str) -> Uuid {
        self.contacts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, id)| *id)
            .expect("a demo contact")
    }
}

impl EmployerSpec {
    fn create(&self, store: &mut Store, today: NaiveDate) -> Result<MadeEmployer> {
        let employer = employers::create(
            store,
            &EmployerInput {
                name: self.name.into(),
                org_number: org_number(&self.org_digits),
                trade: self.trade.into(),
                address: self.address.into(),
                sector: self.sector.into(),
                notes: self.notes.into(),
                kinds: self.kinds.iter().map(|k| (*k).into()).collect(),
                busy_months: self.busy_months.to_vec(),
            },
        )?;
        for (name, role, phone, email) in self.contacts {
            employers::add_contact(
                store,
                employer.id,
                &ContactInput {
                    name: (*name).into(),
                    role: (*role).into(),
                    phone: Some((*phone).into()),
                    email: Some((*email).into()),
                },
            )?;
        }
        for (name, role, phone, trained_days_ago) in self.mentors {
            employers::add_mentor(
                store,
                employer.id,
                &MentorInput {
                    name: (*name).into(),
                    role: (*role).into(),
                    phone: Some((*phone).into()),
                    trained: trained_days_ago.is_some(),
                    trained_on: trained_days_ago
                        .map(|days| dates::format_date(today - Days::new(days))),
                },
            )?;
        }
        for (item, done, note, responsible) in self.checklist {
            checklists::set_entry(
                store,
                ChecklistId::EmployerPreparation,
                employer.id,
                item,
                &EntryInput {
                    done: *done,
                    note: (*note).into(),
                    responsible: (*responsible).into(),
                },
            )?;
        }
        let employer = employers::get(store, employer.id)?;
        Ok(MadeEmployer {
            id: employer.id,
            mentors: employer
                .mentors
                .into_iter()
                .map(|m| (m.name, m.id))
                .collect(),
            contacts: employer
                .contacts
                .into_iter()
                .map(|c| (c.name, c.id))
                .collect(),
        })
    }
}

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
    let person =
        |store: &mut Store, (name, unit, role, email, phone): (&str, Uuid, &str, &str, &str)| {
            people::create(
                store,
                &PersonInput {
                    name: name.into(),
                    unit_id: Some(unit),
                    role: role.into(),
                    email: Some(email.into()),
                    phone: Some(phone.into()),
                },
            )
            .map(|p| p.id)
        };
    let ingrid = person(
        store,
        (
            "Ingrid Bakke",
            refugee_service,
            "programraadgiver",
            "ingrid.bakke@stegvik.kommune.no",
            "+47 907 12 468",
        ),
    )?;
    let morten = person(
        store,
        (
            "Morten Dahl",
            refugee_service,
            "programraadgiver",
            "morten.dahl@stegvik.kommune.no",
            "+47 907 12 471",
        ),
    )?;
    let jonas = person(
        store,
        (
            "Jonas Berg",
            adult_education,
            "laerer",
            "jonas.berg@stegvik.kommune.no",
            "+47 907 35 209",
        ),
    )?;
    let sara = person(
        store,
        (
            "Sara Lie",
            nav,
            "navVeileder",
            "sara.lie@nav.no",
            "+47 481 70 356",
        ),
    )?;
    if settings::get(store)?.current_user_id.is_none() {
        settings::set_current_user(store, Some(ingrid))?;
    }
    let group = work_groups::create(store, "Arbeidsrettet løp butikk og omsorg (demo)").ok();
    if let Some(group) = &group {
        work_groups::add_member(store, group.id, ingrid, true)?;
        work_groups::add_member(store, group.id, jonas, false)?;
        work_groups::add_member(store, group.id, sara, false)?;
    }

    let made = EMPLOYERS
        .iter()
        .map(|e| e.create(store, today))
        .collect::<Result<Vec<_>>>()?;
    employers::set_suitability(
        store,
        made[SOLSIDEN].id,
        &SuitabilityInput {
            suitable: true,
            assessed_on: dates::format_date(today - Days::new(130)),
            reason: "Sluttevalueringen etter forrige deltaker: god opplæring og tett oppfølging \
                     fra fadder."
                .into(),
        },
    )?;
    employers::set_suitability(
        store,
        made[BAKERIET].id,
        &SuitabilityInput {
            suitable: false,
            assessed_on: dates::format_date(today - Days::new(40)),
            reason: "Fadderen har sluttet, og ingen andre kan følge opp en deltaker på \
                     morgenvakten fra kl. 05.00. Kan vurderes på nytt med en ny fadder."
                .into(),
        },
    )?;

    // The shop's specification: version 1 agreed before Amina started; after her first weeks
    // the shop wants two changes, written into version 2, which waits for the next meeting.
    let shop_spec = specs::create(
        store,
        &NewSpecInput {
            employer_id: Some(made[MATBUTIKKEN].id),
            position: "Butikkmedarbeider".into(),
            example: Some("butikk".into()),
            copy_of: None,
        },
    )?;
    let shop_spec = specs::agree(
        store,
        shop_spec.id,
        &AgreementInput {
            agreed_on: dates::format_date(today - Days::new(90)),
            agreed_with: "Kari Nilsen".into(),
        },
    )?;
    let shop_v1 = shop_spec.version.id;
    let shop_draft = specs::add_requirement(
        store,
        shop_spec.id,
        &RequirementInput {
            group: RequirementGroup::Work.key().into(),
            text: "Ber om legitimasjon når en ung kunde kjøper øl.".into(),
            need: "ma".into(),
            by_phase: Some(3),
            ..Default::default()
        },
    )?;
    let course = shop_draft
        .version
        .requirements
        .iter()
        .find(|r| r.group == RequirementGroup::Certificates)
        .expect("the shop example has a course");
    specs::update_requirement(
        store,
        course.id,
        &RequirementInput {
            group: course.group.key().into(),
            text: "Har fullført butikkens digitale internkurs før første vakt.".into(),
            need: "ma".into(),
            ..Default::default()
        },
    )?;

    let care_spec = specs::create(
        store,
        &NewSpecInput {
            employer_id: Some(made[SOLSIDEN].id),
            position: "Assistent i helse og omsorg".into(),
            example: Some("helse-og-omsorg".into()),
            copy_of: None,
        },
    )?;
    let care_spec = specs::agree(
        store,
        care_spec.id,
        &AgreementInput {
            agreed_on: dates::format_date(today - Days::new(115)),
            agreed_with: "Hilde Strand".into(),
        },
    )?;

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
    .create(
        store,
        today,
        Some(Agreement {
            employer: &made[MATBUTIKKEN],
            contact: "Kari Nilsen",
            kind: "arbeidspraksis",
            school_days_per_week: 2,
            goal: "Deltakeren lærer de faste oppgavene i butikken og bruker norsk med kunder og \
                   kolleger. Målet er en deltidsjobb som butikkmedarbeider.",
            spec_version: Some(shop_v1),
        }),
    )?;
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
    .create(
        store,
        today,
        Some(Agreement {
            employer: &made[SOLSIDEN],
            contact: "Hilde Strand",
            kind: "opplaeringsarena",
            school_days_per_week: 1,
            goal: "Deltakeren lærer arbeidet som assistent på en sykehjemsavdeling. Målet er å \
                   bli tilkallingsvikar og senere begynne på helsefagarbeiderfaget.",
            spec_version: Some(care_spec.version.id),
        }),
    )?;
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
    .create(
        store,
        today,
        Some(Agreement {
            employer: &made[KANTINA],
            contact: "Eva Lund",
            kind: "sprakpraksis",
            school_days_per_week: 3,
            goal: "Deltakeren øver på norsk i et ekte arbeidsmiljø og blir kjent med arbeidet på \
                   et storkjøkken.",
            spec_version: None,
        }),
    )?;
    follow_up_talks(store, today, tesfay)?;
    let made_process = match &group {
        Some(group) => {
            let team = process::Team {
                ingrid,
                morten,
                jonas,
                sara,
                refugee_service,
                adult_education,
                nav,
            };
            Some(process::load(store, today, group.id, &team)?)
        }
        None => None,
    };
    store.write(|tx| tx.set_setting(LOADED, &dates::now_timestamp()))?;
    Ok(DemoSummary {
        people: 4,
        employers: EMPLOYERS.len(),
        specs: 2,
        participants: 3,
        plans: vec![amina, tesfay, oksana],
        meetings: made_process.as_ref().map_or(0, |p| p.meetings),
        process: group.map(|g| (g.id, g.name)),
    })
}

/// Two follow-up talks (6.5) at Tesfay's nursing home (he asked for initials on paper, so the
/// list of who was there says "Deltakeren"): the first after six weeks, and one two
/// weeks ago where the language had come further. No final evaluation yet: the period runs on.
fn follow_up_talks(store: &mut Store, today: NaiveDate, plan: Uuid) -> Result<()> {
    use crate::evaluations::{self, EvaluationForm, EvaluationInput};
    let placement = plans::get(store, plan)?.placement.id;
    let talk = |days_ago: u64, answers: &[(&str, &str)]| EvaluationInput {
        held_on: dates::format_date(today - Days::new(days_ago)),
        present: "Deltakeren, Per Olsen (fadder), Morten Dahl (programrådgiver)".into(),
        answers: answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    };
    evaluations::create(
        store,
        placement,
        EvaluationForm::FollowUp,
        &talk(
            58,
            &[
                ("deltaker.oppgaver", "litt"),
                ("deltaker.norsk", "litt"),
                ("deltaker.utvikling", "5"),
                (
                    "deltaker.endre",
                    "Vanskelig å forstå beskjeder når mange snakker samtidig.",
                ),
                ("deltaker.mer", "Liker å hjelpe beboerne med måltidene."),
                ("arbeidsplassen.generelt", "bra"),
                ("arbeidsplassen.kommunikasjon", "ikke-bra"),
                ("arbeidsplassen.service", "bra"),
                ("arbeidsplassen.fravaer", "ja"),
                ("arbeidsplassen.tid", "ja"),
                ("arbeidsplassen.regler", "ja"),
                ("arbeidsplassen.oppgaver", "ja"),
                ("arbeidsplassen.instruksjoner", "ja"),
                ("arbeidsplassen.arbeidsgiver-laert", "ja"),
                (
                    "arbeidsplassen.forbedres",
                    "Spørre når noe er uklart, og skrive korte rapporter.",
                ),
                (
                    "jobb.mangler",
                    "Muntlig rapport ved vaktskifte og å lese tiltaksplaner.",
                ),
                (
                    "jobb.hvordan",
                    "Øve på rapport med fadder hver fredag; fagord i norskopplæringen.",
                ),
                ("jobb.deltaker", "Skrive ned nye ord og øve hjemme."),
                ("jobb.kommunen", "Voksenopplæringen tar fagordene i timene."),
                (
                    "jobb.arbeidsgiver",
                    "Fadder setter av et kvarter til rapportøving.",
                ),
            ],
        ),
    )?;
    evaluations::create(
        store,
        placement,
        EvaluationForm::FollowUp,
        &talk(
            14,
            &[
                ("deltaker.oppgaver", "ja"),
                ("deltaker.norsk", "litt"),
                ("deltaker.utvikling", "7"),
                ("deltaker.mer", "Være med på morgenmøtet."),
                ("arbeidsplassen.generelt", "meget-bra"),
                ("arbeidsplassen.kommunikasjon", "bra"),
                ("arbeidsplassen.service", "meget-bra"),
                ("arbeidsplassen.fravaer", "ja"),
                ("arbeidsplassen.tid", "ja"),
                ("arbeidsplassen.regler", "ja"),
                ("arbeidsplassen.oppgaver", "ja"),
                ("arbeidsplassen.samarbeid", "ja"),
                ("arbeidsplassen.instruksjoner", "ja"),
                ("arbeidsplassen.initiativ", "ja"),
                ("arbeidsplassen.deltaker-laert", "ja"),
                ("arbeidsplassen.arbeidsgiver-laert", "ja"),
                ("jobb.mangler", "Skriftlig rapport i journalsystemet."),
                (
                    "jobb.hvordan",
                    "Skrive rapport sammen med fadder de neste fire ukene.",
                ),
            ],
        ),
    )?;
    Ok(())
}

/// The employer side of a demo placement agreement.
struct Agreement<'a> {
    employer: &'a MadeEmployer,
    contact: &'static str,
    kind: &'static str,
    school_days_per_week: i64,
    goal: &'static str,
    spec_version: Option<Uuid>,
}

struct PlanSpec {
    name: &'static str,
    initials_only: bool,
    adviser: Uuid,
    workplace: &'static str,
    /// The fadder; with an agreement, one of the employer's fadders.
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
    fn create(
        &self,
        store: &mut Store,
        today: NaiveDate,
        agreement: Option<Agreement>,
    ) -> Result<Uuid> {
        let participant = participants::create(
            store,
            &ParticipantInput {
                name: self.name.into(),
                initials_only: self.initials_only,
                adviser_id: Some(self.adviser),
            },
        )?;
        let start = today - Days::new(self.started_days_ago);
        let mut input = PlacementInput {
            participant_id: Some(participant.id),
            workplace: self.workplace.into(),
            mentor_name: self.mentor.into(),
            start_date: dates::format_date(start),
            end_date: dates::format_date(start + Days::new(180)),
            days_per_week: Some(self.days_per_week as i64),
            ..Default::default()
        };
        if let Some(a) = agreement {
            input.employer_id = Some(a.employer.id);
            input.mentor_id = Some(a.employer.mentor(self.mentor));
            input.contact_id = Some(a.employer.contact(a.contact));
            input.kind = Some(a.kind.into());
            input.school_days_per_week = Some(a.school_days_per_week);
            input.goal = a.goal.into();
            input.spec_version_id = a.spec_version;
        }
        let placement = participants::create_placement(store, &input)?;
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
        assert_eq!(
            employers::list(&mut store, &Default::default())
                .unwrap()
                .len(),
            EMPLOYERS.len()
        );
    }

    #[test]
    fn the_demo_process_has_steps_1_to_3_done_and_a_step_1_meeting_with_minutes() {
        use crate::meetings::{self, EntryKind, FollowUpStatus};
        use crate::process::{self, StepState};

        let mut store = Store::open_in_memory().unwrap();
        let summary = load(&mut store).unwrap();
        let (group, name) = summary.process.expect("the demo group is new");
        let overview = process::overview(&mut store, group).unwrap();
        assert_eq!(overview.name, name);
        assert!(overview.missing_units.is_empty());
        assert!(checklists::is_answered(&overview.before_start));
        let states: Vec<StepState> = overview.steps.iter().map(|s| s.state).collect();
        assert_eq!(&states[..3], [StepState::Done; 3]);
        assert!(states[3..].iter().all(|s| *s != StepState::Done));
        assert_eq!(overview.current_step, 4);
        // Step 1 was confirmed done with its point for management still open; 2 and 3 in full.
        let step_1 = overview.steps[0].done.as_ref().unwrap();
        assert_eq!(step_1.missing.len(), 1, "{:?}", step_1.missing);
        assert!(overview.steps[1].done.as_ref().unwrap().missing.is_empty());
        assert!(overview.steps[2].done.as_ref().unwrap().missing.is_empty());
        assert_eq!(overview.open_follow_ups, 1);
        assert_eq!(overview.upcoming_meetings.len(), 1);
        assert_eq!(overview.upcoming_meetings[0].step, 4);

        let list = meetings::list(&mut store, Some(group)).unwrap();
        assert_eq!(list.len(), summary.meetings);
        let held: Vec<_> = list.iter().filter(|m| m.day < dates::today()).collect();
        assert_eq!(held.len(), 1);
        let minutes = meetings::get(&mut store, held[0].id).unwrap();
        assert_eq!(minutes.step, 1);
        assert_eq!(minutes.planned_minutes, 210);
        assert_eq!(minutes.people.iter().filter(|p| !p.attended).count(), 1);
        let over = minutes
            .agenda
            .iter()
            .filter(|i| i.used_seconds > i.minutes * 60)
            .count();
        let under = minutes
            .agenda
            .iter()
            .filter(|i| i.used_seconds < i.minutes * 60)
            .count();
        assert!(over > 0 && under > 0, "{over} over, {under} under");
        let count = |kind| minutes.entries.iter().filter(|e| e.kind == kind).count();
        assert_eq!(count(EntryKind::Decision), 2);
        assert_eq!(count(EntryKind::Anchoring), 1);
        assert!(count(EntryKind::Note) >= 1);
        let statuses: Vec<FollowUpStatus> = minutes.follow_ups.iter().map(|f| f.status).collect();
        assert_eq!(
            statuses,
            [
                FollowUpStatus::Done,
                FollowUpStatus::Open,
                FollowUpStatus::CarriedOver
            ]
        );
        let open = &minutes.follow_ups[1];
        assert!(open.warnings.is_empty(), "{:?}", open.warnings);
        assert_eq!(minutes.follow_ups[2].carried_to_step, Some(2));

        // Later steps are offered what earlier ones wrote: 2.2 picks rows of 1.1 and 2.1.
        let assessments = crate::tools::table(&mut store, group, "2.2").unwrap();
        assert!(assessments.rows.len() >= 3);
        assert!(assessments
            .rows
            .iter()
            .all(|r| !r.labels["bransje"].starts_with("(fjernet")));
        let wheel = crate::annual_wheel::get(&mut store, group).unwrap();
        assert!(wheel.activities.iter().any(|a| a.fixed));
        assert!(wheel.activities.iter().filter(|a| !a.fixed).count() >= 3);
    }

    #[test]
    fn demo_employers_have_valid_made_up_numbers_and_cover_the_six_lines_of_work() {
        let mut store = Store::open_in_memory().unwrap();
        let summary = load(&mut store).unwrap();
        let list = employers::list(&mut store, &Default::default()).unwrap();
        assert_eq!(list.len(), summary.employers);
        assert!(list.len() >= 5);
        for e in &list {
            let number = e
                .org_number
                .as_deref()
                .expect("every demo employer has one");
            assert_eq!(orgnr::parse(number).unwrap(), number, "{}", e.name);
            assert!(!e.address.is_empty() && !e.kinds.is_empty(), "{}", e.name);
        }
        let mut numbers: Vec<_> = list.iter().map(|e| e.org_number.clone()).collect();
        numbers.dedup();
        assert_eq!(numbers.len(), list.len());
        for (_, text) in crate::templates::EXAMPLE_FILES {
            let trade = crate::templates::parse_file(text).unwrap().trade;
            assert!(list.iter().any(|e| e.trade == trade), "{trade}");
        }
        let unsuitable: Vec<_> = list.iter().filter(|e| !e.suitable).collect();
        assert_eq!(unsuitable.len(), 1);
        let bakery = employers::get(&mut store, unsuitable[0].id).unwrap();
        assert!(!bakery.suitability_reason.is_empty());
        assert!(bakery.suitability_assessed_on.unwrap() <= dates::today());
        let trained: usize = list.iter().filter(|e| e.has_trained_mentor).count();
        assert!(trained >= 4 && trained < list.len());
        let shop = employers::get(
            &mut store,
            list.iter().find(|e| e.trade == "Butikk").unwrap().id,
        )
        .unwrap();
        assert!(shop
            .contacts
            .iter()
            .all(|c| c.phone.is_some() && c.email.is_some()));
        let checklist =
            checklists::get(&mut store, ChecklistId::EmployerPreparation, shop.id).unwrap();
        assert_eq!(checklist.done_count, 5);
        let past: usize = list.iter().map(|e| e.past_placements).sum();
        let current: usize = list.iter().map(|e| e.current_placements).sum();
        assert_eq!((current, past), (3, 0));
    }

    #[test]
    fn the_shop_spec_has_an_agreed_version_1_and_a_draft_version_2_and_placements_name_it() {
        let mut store = Store::open_in_memory().unwrap();
        load(&mut store).unwrap();
        let list = specs::list(&mut store, None).unwrap();
        assert_eq!(list.len(), 2);
        let shop = list
            .iter()
            .find(|s| s.position == "Butikkmedarbeider")
            .unwrap();
        assert_eq!(shop.latest_version, 2);
        assert_eq!(shop.latest_agreed_on, None);
        assert_eq!(shop.agreed_version, Some(1));
        let care = list
            .iter()
            .find(|s| s.employer_name == "Solsiden omsorgssenter")
            .unwrap();
        assert_eq!(care.latest_version, 1);
        assert!(care.latest_agreed_on.is_some_and(|d| d <= dates::today()));

        let v1 = specs::get(&mut store, shop.id, Some(1)).unwrap();
        let v2 = specs::get(&mut store, shop.id, None).unwrap();
        assert_eq!(
            v2.version.requirements.len(),
            v1.version.requirements.len() + 1
        );
        assert_eq!(v1.version.placement_count, 1);

        let placements = participants::list_placements(&mut store, None).unwrap();
        // One placement per plan: the plan screen counts on every demo placement having one.
        assert_eq!(placements.len(), 3);
        let amina = placements
            .iter()
            .find(|p| p.participant_name == "Amina Yusuf")
            .unwrap();
        assert_eq!(amina.workplace, "Matbutikken Sentrum");
        assert_eq!(amina.mentor_name, "Line Hansen");
        assert_eq!(amina.spec_version_id, Some(v1.version.id));
        assert_eq!(
            amina.spec_label.as_deref(),
            Some("Butikkmedarbeider, versjon 1")
        );
        assert!(amina.contact_name.is_some() && !amina.goal.is_empty());
        for p in &placements {
            assert!(p.employer_id.is_some() && p.mentor_id.is_some() && p.kind.is_some());
            // The goal is printed as written, also for a participant shown by initials only.
            let first_name = p.participant_name.split(' ').next().unwrap();
            assert!(!p.goal.contains(first_name), "{}", p.goal);
            let week = p.days_per_week + p.school_days_per_week.unwrap();
            assert!(week <= 5, "{} {week}", p.workplace);
        }
    }
}
