//! The `stegvis` command line. Every command is one call into the core; every failure prints one
//! Norwegian line on stderr saying what to do, and exits with a code other than 0
//! (2 for a command typed wrong, 1 for anything else).

use std::io::Write;
use std::path::PathBuf;

use uuid::Uuid;

use crate::error::Error;
use crate::plans::PrintChoice;
use crate::store::{Store, SCHEMA_VERSION};
use crate::{
    annual_wheel, demo, employers, evaluations, meetings, orgnr, participants, paths, people,
    plans, process, specs, steps, templates, units, work_groups,
};

const USAGE: &str = "\
Stegvis – arbeidsrettede kvalifiseringsløp steg for steg

Bruk: stegvis [--db FIL] KOMMANDO

Kommandoer:
  init                                   Lag databasen, eller oppdater den til denne versjonen
  check                                  Kontroller databasen (integritet og skjemaversjon)
  demo                                   Last inn oppdiktede demodata (arbeidsgivere,
                                         deltakere, planer, en prosess med arbeidsmøter …)
  list units|people|groups|templates|plans|participants|placements|employers|specs|processes
     |evaluations                        Skriv ut id og navn, én linje per post
  list meetings [--process ID]           Skriv ut arbeidsmøtene (dato, tid, steg og
                                         arbeidsgruppe), for alle prosesser eller én
  pdf arbeidsgruppe --out FIL.pdf [--group ID]
                                         Skriv ut arbeidsgruppen som PDF
  pdf opplaeringsplan --plan ID [--phase N] [--blank] --out FIL.pdf
                                         Skriv ut opplæringsplanen som sjekkliste: status
                                         (det som er registrert) eller blankt skjema
  pdf mal --template ID --out FIL.pdf    Skriv ut en mal som blankt skjema
  pdf kravspesifikasjon --spec ID [--version N] --out FIL.pdf
                                         Skriv ut en kravspesifikasjon (nyeste versjon,
                                         eller versjon N)
  pdf praksisavtale --placement ID --out FIL.pdf
                                         Skriv ut praksisavtalen for en praksisplass
  pdf forberedelse --employer ID --out FIL.pdf
                                         Skriv ut arket til møtet med arbeidsgiveren om
                                         praksisavtale (sjekkliste og kravspesifikasjoner)
  pdf steg --process ID --step N --out FIL.pdf
                                         Skriv ut verktøyene i steg N slik arbeidsgruppen
                                         har fylt dem ut, med roller og ansvar
  pdf innkalling --meeting ID --out FIL.pdf
                                         Skriv ut innkallingen til et arbeidsmøte, med
                                         dagsorden og det hver enhet skal forberede
  pdf referat --meeting ID --out FIL.pdf Skriv ut referatet fra et arbeidsmøte
  pdf arshjul --process ID --out FIL.pdf Skriv ut årshjulet til prosessen på én A4-side
  pdf evaluering --evaluation ID --out FIL.pdf
                                         Skriv ut en evaluering av praksisperioden (skjema
                                         6.5 eller 7.4) slik den er fylt ut
  pdf evaluering --placement ID --form 6.5|7.4 --out FIL.pdf
                                         Skriv ut skjemaet blankt, med navnene fra
                                         praksisplassen, til utfylling for hånd
  export mal --template ID --out FIL.txt Skriv en mal til en tekstfil (for å dele den)
  import mal FIL.txt                     Les inn en mal fra en tekstfil som kommunens egen

Valg:
  --db FIL      Databasen som skal brukes (eller miljøvariabelen STEGVIS_DB).
                Uten valget brukes appens egen database.
  -h, --help    Vis denne hjelpen
  -V, --version Vis versjonen
";

/// A failure of the command: its exit code and the one line to print.
struct Failure {
    code: i32,
    message: String,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure {
            code: 1,
            message: e.to_string(),
        }
    }
}

fn usage(message: impl Into<String>) -> Failure {
    Failure {
        code: 2,
        message: format!("{} Se «stegvis --help».", message.into()),
    }
}

/// Runs the command line `args` (without the program name) and returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run_to(args, &mut out) {
        Ok(()) => 0,
        Err(failure) => {
            eprintln!("stegvis: {}", failure.message);
            failure.code
        }
    }
}

fn run_to(args: &[String], out: &mut impl Write) -> Result<(), Failure> {
    let mut db: Option<PathBuf> = None;
    let mut words: Vec<&str> = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--db" => {
                let value = rest
                    .next()
                    .ok_or_else(|| usage("--db må følges av en filsti."))?;
                db = Some(PathBuf::from(value));
            }
            "-h" | "--help" | "help" => {
                write!(out, "{USAGE}").ok();
                return Ok(());
            }
            // After the command, --version is the version of a specification.
            "-V" | "--version" if words.is_empty() => {
                writeln!(out, "stegvis {}", env!("CARGO_PKG_VERSION")).ok();
                return Ok(());
            }
            other => words.push(other),
        }
    }
    let open = || -> Result<Store, Failure> { Ok(Store::open(paths::database(db.clone())?)?) };
    match words.as_slice() {
        [] => Err(usage("Mangler kommando.")),
        ["init"] => {
            let store = open()?;
            writeln!(
                out,
                "Databasen er klar: {} (skjemaversjon {}).",
                store.path().display(),
                store.schema_version()?
            )
            .ok();
            Ok(())
        }
        ["check"] => check(db, out),
        ["list", "meetings", options @ ..] => {
            let process = match options {
                [] => None,
                ["--process", text] => Some(parse_id(text, "processes")?),
                ["--process"] => return Err(usage("--process må følges av en verdi.")),
                [other, ..] => {
                    return Err(usage(format!(
                        "Valget {other} passer ikke til «list meetings». Bruk --process ID."
                    )))
                }
            };
            list_meetings(&mut open()?, process, out)
        }
        ["list", kind] => list(&mut open()?, kind, out),
        ["list"] => Err(usage(format!("Si hva som skal listes: {LISTS}."))),
        ["demo"] => {
            let summary = demo::load(&mut open()?)?;
            writeln!(
                out,
                "Lastet inn demodata: {} personer, {} arbeidsgivere, {} kravspesifikasjoner, \
                 {} deltakere og {} opplæringsplaner.",
                summary.people,
                summary.employers,
                summary.specs,
                summary.participants,
                summary.plans.len()
            )
            .ok();
            if let Some((_, name)) = &summary.process {
                writeln!(
                    out,
                    "Prosessen «{name}» har steg 1 og 2 ferdige og {} arbeidsmøter.",
                    summary.meetings
                )
                .ok();
            }
            Ok(())
        }
        ["pdf", "arbeidsgruppe", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--group"])?;
            let mut store = open()?;
            let group = match options.group {
                Some(id) => id,
                None => only_group(&mut store)?,
            };
            work_groups::print_roster(&mut store, group, &options.out)?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["pdf", "opplaeringsplan", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--plan", "--phase", "--blank"])?;
            let plan = options
                .plan
                .ok_or_else(|| usage("Si hvilken plan med --plan ID (se «stegvis list plans»)."))?;
            let choice = PrintChoice {
                phase: options.phase,
                blank: options.blank,
            };
            let (bytes, warnings) = plans::print(&mut open()?, plan, choice)?;
            write_pdf(&options.out, &bytes, &warnings, out)
        }
        ["pdf", "mal", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--template"])?;
            let template = options.template.ok_or_else(|| {
                usage("Si hvilken mal med --template ID (se «stegvis list templates»).")
            })?;
            let (bytes, warnings) = templates::print(&mut open()?, template)?;
            write_pdf(&options.out, &bytes, &warnings, out)
        }
        ["pdf", "kravspesifikasjon", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--spec", "--version"])?;
            let spec = options.spec.ok_or_else(|| {
                usage("Si hvilken kravspesifikasjon med --spec ID (se «stegvis list specs»).")
            })?;
            specs::print_to(&mut open()?, spec, options.version, &options.out)?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["pdf", "praksisavtale", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--placement"])?;
            let placement = options.placement.ok_or_else(|| {
                usage("Si hvilken praksisplass med --placement ID (se «stegvis list placements»).")
            })?;
            participants::print_agreement_to(&mut open()?, placement, &options.out)?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["pdf", "evaluering", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--evaluation", "--placement", "--form"])?;
            let mut store = open()?;
            match (options.evaluation, options.placement, &options.form) {
                (Some(evaluation), None, None) => {
                    evaluations::print_to(&mut store, evaluation, &options.out)?
                }
                (None, Some(placement), Some(form)) => {
                    let form = evaluations::EvaluationForm::from_key(form)?;
                    evaluations::print_blank_to(&mut store, placement, form, &options.out)?
                }
                (None, Some(_), None) => return Err(usage(
                    "Si hvilket skjema som skal skrives ut blankt med --form 6.5 eller --form 7.4.",
                )),
                _ => return Err(usage(
                    "Si hvilken evaluering med --evaluation ID (se «stegvis list evaluations»), \
                         eller et blankt skjema med --placement ID --form 6.5|7.4.",
                )),
            }
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["pdf", "forberedelse", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--employer"])?;
            let employer = options.employer.ok_or_else(|| {
                usage("Si hvilken arbeidsgiver med --employer ID (se «stegvis list employers»).")
            })?;
            employers::print_preparation_to(&mut open()?, employer, &options.out)?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["pdf", "steg", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--process", "--step"])?;
            let group = options.require_process()?;
            let step = options.step.ok_or_else(|| {
                usage(format!(
                    "Si hvilket steg med --step N (1 til {}).",
                    steps::STEP_COUNT
                ))
            })?;
            process::print_step_to(&mut open()?, group, step, &options.out)?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["pdf", "innkalling", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--meeting"])?;
            let meeting = options.require_meeting()?;
            meetings::print_invitation_to(&mut open()?, meeting, &options.out)?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["pdf", "referat", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--meeting"])?;
            let meeting = options.require_meeting()?;
            meetings::print_minutes_to(&mut open()?, meeting, &options.out)?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["pdf", "arshjul", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--process"])?;
            let group = options.require_process()?;
            annual_wheel::print_to(&mut open()?, group, &options.out)?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["export", "mal", options @ ..] => {
            let options = FileOptions::parse(options)?;
            options.refuse_others(&["--out", "--template"])?;
            let template = options.template.ok_or_else(|| {
                usage("Si hvilken mal med --template ID (se «stegvis list templates»).")
            })?;
            let text = templates::export(&mut open()?, template)?;
            crate::pdf::write_file(&options.out, text.as_bytes())?;
            writeln!(out, "Skrev {}", options.out.display()).ok();
            Ok(())
        }
        ["import", "mal", file] => {
            let path = PathBuf::from(file);
            let text = std::fs::read_to_string(&path).map_err(|e| Failure {
                code: 1,
                message: format!("Kunne ikke lese filen {}: {e}.", path.display()),
            })?;
            let template = templates::import(&mut open()?, &text)?;
            writeln!(out, "{}\t{}", template.id, template.name).ok();
            Ok(())
        }
        ["import", "mal"] => Err(usage(
            "Si hvilken fil som skal leses inn: stegvis import mal FIL.txt.",
        )),
        ["pdf", form, ..] => Err(usage(format!(
            "Kjenner ikke skjemaet «{form}». Skjemaer nå: arbeidsgruppe, opplaeringsplan, mal, \
             kravspesifikasjon, praksisavtale, forberedelse, steg, innkalling, referat, arshjul \
             og evaluering."
        ))),
        [command, ..] => Err(usage(format!("Ukjent kommando «{command}»."))),
    }
}

fn check(db: Option<PathBuf>, out: &mut impl Write) -> Result<(), Failure> {
    let path = paths::database(db)?;
    let health = Store::inspect(&path)?.check()?;
    if health.is_healthy() {
        writeln!(
            out,
            "Databasen {} er i orden (skjemaversjon {}).",
            path.display(),
            health.schema_version
        )
        .ok();
        return Ok(());
    }
    let mut problems = Vec::new();
    if health.integrity != ["ok"] {
        problems.push(format!(
            "integritetskontrollen fant feil: {}",
            health.integrity.join("; ")
        ));
    }
    if health.foreign_key_violations > 0 {
        problems.push(format!(
            "{} brutte koblinger mellom poster",
            health.foreign_key_violations
        ));
    }
    if health.schema_version < SCHEMA_VERSION {
        problems.push(format!(
            "skjemaversjon {} er eldre enn {SCHEMA_VERSION}; kjør «stegvis init» for å oppdatere",
            health.schema_version
        ));
    } else if health.schema_version > SCHEMA_VERSION {
        problems.push(format!(
            "skjemaversjon {} er nyere enn denne versjonen av Stegvis ({SCHEMA_VERSION}); oppdater Stegvis",
            health.schema_version
        ));
    }
    Err(Failure {
        code: 1,
        message: format!(
            "Databasen {} er ikke i orden: {}.",
            path.display(),
            problems.join(", ")
        ),
    })
}

const LISTS: &str = "units, people, groups, templates, plans, participants, placements, \
                     employers, specs, processes, evaluations eller meetings";

/// Writes the PDF, after telling the user on stderr about phases without tasks: the sheet is
/// still printed (a draft may be handed out), but they should know.
fn write_pdf(
    path: &std::path::Path,
    bytes: &[u8],
    warnings: &[String],
    out: &mut impl Write,
) -> Result<(), Failure> {
    for warning in warnings {
        eprintln!("stegvis: Advarsel: {warning}");
    }
    crate::pdf::write_file(path, bytes)?;
    writeln!(out, "Skrev {}", path.display()).ok();
    Ok(())
}

fn list(store: &mut Store, kind: &str, out: &mut impl Write) -> Result<(), Failure> {
    let rows: Vec<(Uuid, String)> = match kind {
        "units" => units::list(store)?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect(),
        "people" => people::list(store)?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect(),
        "groups" => work_groups::list(store)?
            .into_iter()
            .map(|g| (g.id, g.name))
            .collect(),
        "templates" => templates::list(store)?
            .into_iter()
            .map(|t| {
                let tag = if t.is_example { " (eksempel)" } else { "" };
                (t.id, format!("{} – {}{tag}", t.name, t.trade))
            })
            .collect(),
        "plans" => plans::list(store)?
            .into_iter()
            .map(|p| {
                let phase = match p.current_phase {
                    Some(n) => format!("fase {n} av {}", p.phase_count),
                    None => "fullført".into(),
                };
                (
                    p.id,
                    format!(
                        "{} – {} – {} ({phase})",
                        p.participant_name, p.workplace, p.name
                    ),
                )
            })
            .collect(),
        "participants" => participants::list(store)?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect(),
        "placements" => participants::list_placements(store, None)?
            .into_iter()
            .map(|p| {
                let period = format!(
                    "{}–{}",
                    crate::dates::format_date(p.start_date),
                    crate::dates::format_date(p.end_date)
                );
                (
                    p.id,
                    format!("{} – {} ({period})", p.participant_name, p.workplace),
                )
            })
            .collect(),
        "employers" => employers::list(store, &Default::default())?
            .into_iter()
            .map(|e| (e.id, describe_employer(&e)))
            .collect(),
        "specs" => specs::list(store, None)?
            .into_iter()
            .map(|s| (s.id, describe_spec(&s)))
            .collect(),
        "processes" => process::list(store)?
            .into_iter()
            .map(|p| (p.id, describe_process(&p)))
            .collect(),
        "evaluations" => {
            let mut rows = Vec::new();
            for p in participants::list_placements(store, None)? {
                for e in evaluations::list(store, p.id)? {
                    let form = e.form.definition();
                    rows.push((
                        e.id,
                        format!(
                            "{} – {} – {} {} ({}, {} av {} svar)",
                            p.participant_name,
                            p.workplace,
                            form.tool,
                            form.title,
                            e.held_on,
                            e.answered,
                            e.total
                        ),
                    ));
                }
            }
            rows
        }
        other => return Err(usage(format!("Kan ikke liste «{other}». Velg {LISTS}."))),
    };
    for (id, name) in rows {
        writeln!(out, "{id}\t{name}").ok();
    }
    Ok(())
}

/// "Matbutikken Sentrum – 929 403 215 – Butikk – egnet – praksisplasser: 1 nå, 0 tidligere".
fn describe_employer(e: &employers::EmployerSummary) -> String {
    let number = e
        .org_number
        .as_deref()
        .map(orgnr::format)
        .unwrap_or_else(|| "uten org.nr.".into());
    let trade = if e.trade.is_empty() {
        "uten bransje"
    } else {
        &e.trade
    };
    let suitable = if e.suitable { "egnet" } else { "ikke egnet" };
    format!(
        "{} – {number} – {trade} – {suitable} – praksisplasser: {} nå, {} tidligere",
        e.name, e.current_placements, e.past_placements
    )
}

/// "Matbutikken Sentrum – Butikkmedarbeider – versjon 2, utkast (versjon 1 er avtalt)".
fn describe_spec(s: &specs::SpecSummary) -> String {
    let state = match (s.latest_agreed_on, s.agreed_version) {
        (Some(on), _) => format!("avtalt {}", crate::dates::format_date(on)),
        (None, Some(agreed)) => format!("utkast (versjon {agreed} er avtalt)"),
        (None, None) => "utkast".into(),
    };
    format!(
        "{} – {} – versjon {}, {state}",
        s.employer_name, s.position, s.latest_version
    )
}

/// "Arbeidsrettet løp butikk og omsorg – 3 av 7 steg ferdige – nå: steg 4 – 1 åpent
/// oppfølgingspunkt".
fn describe_process(p: &process::ProcessSummary) -> String {
    let now = if p.current_step > steps::STEP_COUNT {
        "alle stegene er ferdige".to_string()
    } else {
        format!("nå: steg {}", p.current_step)
    };
    let open = match p.open_follow_ups {
        1 => "1 åpent oppfølgingspunkt".to_string(),
        n => format!("{n} åpne oppfølgingspunkter"),
    };
    format!(
        "{} – {} av {} steg ferdige – {now} – {open}",
        p.name,
        p.steps_done,
        steps::STEP_COUNT
    )
}

/// One line per meeting, by date: "12.05.2027 09:00–12:30 – steg 1 Innhente og vurdere
/// arbeidskraftbehovet – Arbeidsrettet løp butikk og omsorg".
fn list_meetings(
    store: &mut Store,
    process: Option<Uuid>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    for m in meetings::list(store, process)? {
        writeln!(
            out,
            "{}\t{} {}–{} – steg {} {} – {}",
            m.id, m.date, m.starts_at, m.ends_at, m.step, m.step_title, m.group_name
        )
        .ok();
    }
    Ok(())
}

/// An id typed on the command line; when it is not one, where to find it.
fn parse_id(text: &str, list: &str) -> Result<Uuid, Failure> {
    Uuid::parse_str(text).map_err(|_| {
        usage(format!(
            "«{text}» er ikke en gyldig id. Finn id-en med «stegvis list {list}»."
        ))
    })
}

struct FileOptions {
    out: PathBuf,
    group: Option<Uuid>,
    plan: Option<Uuid>,
    template: Option<Uuid>,
    phase: Option<usize>,
    blank: bool,
    spec: Option<Uuid>,
    version: Option<u32>,
    placement: Option<Uuid>,
    employer: Option<Uuid>,
    process: Option<Uuid>,
    meeting: Option<Uuid>,
    step: Option<u8>,
    evaluation: Option<Uuid>,
    /// "6.5" or "7.4"; the core says which forms there are.
    form: Option<String>,
    /// The options given, to refuse those the chosen form does not take.
    given: Vec<&'static str>,
}

impl FileOptions {
    fn parse(options: &[&str]) -> Result<FileOptions, Failure> {
        let mut out = None;
        let (mut group, mut plan, mut template, mut phase, mut blank) =
            (None, None, None, None, false);
        let (mut spec, mut version, mut placement, mut employer) = (None, None, None, None);
        let (mut process, mut meeting, mut step) = (None, None, None);
        let (mut evaluation, mut form) = (None, None);
        let mut given = Vec::new();
        let mut rest = options.iter();
        let id = parse_id;
        while let Some(option) = rest.next() {
            let mut value = |name: &str| {
                rest.next()
                    .copied()
                    .ok_or_else(|| usage(format!("{name} må følges av en verdi.")))
            };
            let name: &'static str = match *option {
                "--out" => {
                    out = Some(PathBuf::from(value("--out")?));
                    "--out"
                }
                "--group" => {
                    group = Some(id(value("--group")?, "groups")?);
                    "--group"
                }
                "--plan" => {
                    plan = Some(id(value("--plan")?, "plans")?);
                    "--plan"
                }
                "--template" => {
                    template = Some(id(value("--template")?, "templates")?);
                    "--template"
                }
                "--phase" => {
                    let text = value("--phase")?;
                    phase = Some(text.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(
                        || {
                            usage(format!(
                                "«{text}» er ikke et fasenummer. Skriv for eksempel --phase 1."
                            ))
                        },
                    )?);
                    "--phase"
                }
                "--blank" => {
                    blank = true;
                    "--blank"
                }
                "--spec" => {
                    spec = Some(id(value("--spec")?, "specs")?);
                    "--spec"
                }
                "--version" => {
                    let text = value("--version")?;
                    version = Some(text.parse::<u32>().ok().filter(|n| *n >= 1).ok_or_else(
                        || {
                            usage(format!(
                                "«{text}» er ikke et versjonsnummer. Skriv for eksempel --version 1."
                            ))
                        },
                    )?);
                    "--version"
                }
                "--placement" => {
                    placement = Some(id(value("--placement")?, "placements")?);
                    "--placement"
                }
                "--employer" => {
                    employer = Some(id(value("--employer")?, "employers")?);
                    "--employer"
                }
                "--process" => {
                    process = Some(id(value("--process")?, "processes")?);
                    "--process"
                }
                "--meeting" => {
                    meeting = Some(id(value("--meeting")?, "meetings")?);
                    "--meeting"
                }
                "--step" => {
                    // Any whole number is passed on: the core says which steps there are.
                    let text = value("--step")?;
                    step = Some(text.parse::<u8>().map_err(|_| {
                        usage(format!(
                            "«{text}» er ikke et stegnummer. Skriv for eksempel --step 1."
                        ))
                    })?);
                    "--step"
                }
                "--evaluation" => {
                    evaluation = Some(id(value("--evaluation")?, "evaluations")?);
                    "--evaluation"
                }
                "--form" => {
                    form = Some(value("--form")?.to_string());
                    "--form"
                }
                other => return Err(usage(format!("Ukjent valg «{other}»."))),
            };
            given.push(name);
        }
        let out = out.ok_or_else(|| usage("Si hvor PDF-en skal lagres med --out FIL.pdf."))?;
        Ok(FileOptions {
            out,
            group,
            plan,
            template,
            phase,
            blank,
            spec,
            version,
            placement,
            employer,
            process,
            meeting,
            step,
            evaluation,
            form,
            given,
        })
    }

    fn require_process(&self) -> Result<Uuid, Failure> {
        self.process.ok_or_else(|| {
            usage("Si hvilken prosess med --process ID (se «stegvis list processes»).")
        })
    }

    fn require_meeting(&self) -> Result<Uuid, Failure> {
        self.meeting.ok_or_else(|| {
            usage("Si hvilket arbeidsmøte med --meeting ID (se «stegvis list meetings»).")
        })
    }

    fn refuse_others(&self, allowed: &[&str]) -> Result<(), Failure> {
        match self.given.iter().find(|g| !allowed.contains(g)) {
            Some(other) => Err(usage(format!(
                "Valget {other} passer ikke til dette skjemaet."
            ))),
            None => Ok(()),
        }
    }
}

/// Without `--group`, the roster of the only working group there is.
fn only_group(store: &mut Store) -> Result<Uuid, Failure> {
    let groups = work_groups::list(store)?;
    match groups.as_slice() {
        [only] => Ok(only.id),
        [] => Err(Failure {
            code: 1,
            message: "Det finnes ingen arbeidsgrupper ennå. Lag en i appen først.".into(),
        }),
        many => Err(usage(format!(
            "Det finnes {} arbeidsgrupper. Velg en med --group ID (se «stegvis list groups»).",
            many.len()
        ))),
    }
}
