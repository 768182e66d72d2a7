// Every text the user sees, in Bokmål. Components import from here and nowhere else, so a
// nynorsk or English table can later be put beside this one with the same shape.
//
// Texts that depend on a number or a name are functions; they hold the grammar (entall/flertall)
// so components never glue Norwegian words together themselves.

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A og B", "A, B og C" */
export function listJoin(items: readonly string[]): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

export const strings = {
  app: {
    name: 'Stegvis',
    loading: 'Laster …',
    skipToContent: 'Hopp til hovedinnholdet',
    mainNav: 'Hovedmeny',
    municipalityNotSet: 'Kommune er ikke valgt',
  },

  nav: {
    arbeidsgruppe: 'Arbeidsgruppe',
    arbeidsgivere: 'Arbeidsgivere',
    kravspesifikasjoner: 'Kravspesifikasjoner',
    deltakere: 'Deltakere',
    opplaeringsplaner: 'Opplæringsplaner',
    maler: 'Maler',
    innstillinger: 'Innstillinger',
  },

  startup: {
    title: 'Stegvis kan ikke åpne databasen',
    intro: 'Stegvis kan ikke brukes før databasen kan åpnes.',
    messageHeading: 'Hva gikk galt',
    dbPathLabel: 'Databasefil',
    dbPathUnknown: 'ukjent',
    help:
      'Rett opp feilen og start Stegvis på nytt. Vil du bruke en annen databasefil, kan du starte ' +
      'Stegvis med --db <filsti> eller sette miljøvariabelen STEGVIS_DB.',
    codeLabel: 'Feilkode',
  },

  common: {
    save: 'Lagre',
    saveChanges: 'Lagre endringer',
    cancel: 'Avbryt',
    delete: 'Slett',
    edit: 'Endre',
    rename: 'Endre navn',
    undo: 'Angre',
    saving: 'Lagrer …',
    optional: '(valgfritt)',
    actions: 'Handlinger',
    /** Screen-reader tail of a row button: "Endre" + ": Kari Nordmann" */
    forItem: (name: string) => `: ${name}`,
  },

  validation: {
    nameLabel: 'Navn',
    municipalityLabel: 'Kommunenavn',
    required: (label: string) => `${label} må fylles ut.`,
    tooLong: (label: string, max: number, actual: number) =>
      `${label} kan være høyst ${max} tegn (nå ${actual}).`,
    email: 'E-postadressen ser ikke riktig ut. Eksempel: ola.nordmann@kommune.no',
    phone: 'Telefonnummeret ser ikke riktig ut. Bruk 8 siffer, gjerne med +47 foran.',
    chooseUnit: 'Velg en enhet.',
    chooseRole: 'Velg en rolle.',
    chooseMember: 'Velg en person å legge til.',
    /** The core's wording for a date it cannot read. */
    dateInvalid: (typed: string) =>
      `«${typed}» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 05.03.2027.`,
    endBeforeStart: (start: string) => `Sluttdatoen kan ikke være før startdatoen (${start}).`,
  },

  errors: {
    unexpected: 'Noe uventet gikk galt.',
    noCore: 'Stegvis fikk ikke kontakt med programkjernen.',
    loadFailed: 'Kunne ikke hente data.',
    retry: 'Prøv igjen',
  },

  confirm: {
    yesDelete: 'Ja, slett',
  },

  settings: {
    title: 'Innstillinger',
    intro:
      'Kommunen, hvem som bruker Stegvis på denne maskinen, de kvalifiserende enhetene og personene som kan sitte i arbeidsgrupper.',
    municipality: {
      heading: 'Kommune',
      label: 'Kommunenavn',
      description: 'Står i toppteksten på alle utskrifter.',
      placeholder: 'F.eks. Lørenskog kommune',
      save: 'Lagre kommunenavn',
      saved: (name: string) => `Kommunenavnet er lagret: ${name}.`,
    },
    currentUser: {
      heading: 'Bruker',
      label: 'Hvem bruker Stegvis på denne maskinen?',
      description:
        'Historikken i opplæringsplanene viser hvem som har krysset av og endret. Stegvis har ingen innlogging, så velg deg selv her.',
      none: 'Ikke valgt',
      option: (name: string, role: string) => `${name} (${role})`,
      save: 'Lagre bruker',
      saved: (name: string | null) =>
        name ? `Lagret. Historikken skriver nå ${name}.` : 'Lagret. Ingen bruker er valgt.',
      noPeople: 'Legg inn deg selv under Personer lenger ned først.',
    },
    display: {
      heading: 'Visning',
      projector: 'Stor tekst (for prosjektor og storskjerm)',
      projectorDescription: 'Gjør all tekst og alle knapper større. Gjelder bare denne maskinen.',
    },
  },

  units: {
    heading: 'Enheter',
    description:
      'De kvalifiserende enhetene. Flyktningtjenesten, voksenopplæringen og Nav skal alle være med i arbeidsgruppen.',
    tableCaption: 'Enheter',
    colName: 'Enhet',
    colKind: 'Type',
    colPeople: 'Personer',
    peopleCount: (n: number) => plural(n, 'person', 'personer'),
    empty: 'Ingen enheter er lagt inn.',
    addLabel: 'Navn på ny enhet',
    addPlaceholder: 'F.eks. Karrieresenteret',
    add: 'Legg til enhet',
    renameLabel: (name: string) => `Nytt navn på ${name}`,
    confirmDeleteTitle: (name: string) => `Slette enheten ${name}?`,
    confirmDeleteBody: 'Enheten fjernes fra listen. Dette kan ikke angres.',
    added: (name: string) => `Enheten ${name} er lagt til.`,
    renamed: (name: string) => `Enheten heter nå ${name}.`,
    deleted: (name: string) => `Enheten ${name} er slettet.`,
  },

  people: {
    heading: 'Personer',
    description: 'Alle som kan være med i en arbeidsgruppe, med enhet og rolle.',
    tableCaption: 'Personer',
    colName: 'Navn',
    colUnit: 'Enhet',
    colRole: 'Rolle',
    colEmail: 'E-post',
    colPhone: 'Telefon',
    count: (n: number) => plural(n, 'person', 'personer'),
    empty: 'Ingen personer er lagt inn ennå. Bruk skjemaet over for å legge til den første.',
    addHeading: 'Ny person',
    editHeading: (name: string) => `Endre ${name}`,
    nameLabel: 'Navn',
    namePlaceholder: 'Fornavn og etternavn',
    unitLabel: 'Enhet',
    unitPlaceholder: 'Velg enhet',
    roleLabel: 'Rolle',
    rolePlaceholder: 'Velg rolle',
    emailLabel: 'E-post',
    emailPlaceholder: 'ola.nordmann@kommune.no',
    phoneLabel: 'Telefon',
    phonePlaceholder: '+47 900 00 000',
    add: 'Legg til person',
    noUnits: 'Legg inn minst én enhet før du legger til personer.',
    added: (name: string) => `${name} er lagt til.`,
    updated: (name: string) => `Endringene for ${name} er lagret.`,
    deleted: (name: string) => `${name} er slettet.`,
    confirmDeleteTitle: (name: string) => `Slette ${name}?`,
    confirmDeleteBody: 'Personen fjernes fra listen. Dette kan ikke angres.',
  },

  groups: {
    title: 'Arbeidsgruppe',
    intro:
      'Arbeidsgruppen har én person fra flyktningtjenesten, voksenopplæringen og Nav, og én av dem leder prosessen.',
    listHeading: 'Arbeidsgrupper',
    listLabel: 'Velg arbeidsgruppe',
    empty: 'Ingen arbeidsgrupper ennå. Opprett den første med skjemaet over.',
    newHeading: 'Ny arbeidsgruppe',
    newPlaceholder: 'Arbeidsrettet løp butikk 2027',
    create: 'Opprett',
    created: (name: string) => `Arbeidsgruppen ${name} er opprettet.`,
    memberCount: (n: number) => plural(n, 'medlem', 'medlemmer'),
    missingShort: (n: number) => `Mangler ${plural(n, 'enhet', 'enheter')}`,
    missingLong: (units: readonly string[]) => `Mangler ${listJoin(units)}`,
    noneSelectedHeading: 'Ingen arbeidsgruppe valgt',
    noneSelected: 'Velg en arbeidsgruppe i listen, eller opprett en ny.',
    createdAt: 'Opprettet',
    updatedAt: 'Sist endret',
    renameLabel: 'Navn på arbeidsgruppen',
    renamed: (name: string) => `Arbeidsgruppen heter nå ${name}.`,
    deleteGroup: 'Slett arbeidsgruppen',
    confirmDeleteTitle: (name: string) => `Slette arbeidsgruppen ${name}?`,
    confirmDeleteBody:
      'Arbeidsgruppen og listen over medlemmer slettes. Personene blir liggende under Innstillinger. Dette kan ikke angres.',
    deleted: (name: string) => `Arbeidsgruppen ${name} er slettet.`,
    complete: 'Alle tre enhetene er med i arbeidsgruppen.',
  },

  members: {
    heading: 'Medlemmer',
    tableCaption: 'Medlemmer i arbeidsgruppen, gruppert etter enhet',
    colName: 'Navn',
    colRole: 'Rolle',
    colActions: 'Handlinger',
    none: 'Ingen medlemmer ennå. Legg til én fra hver enhet.',
    noneFromUnit: (unit: string) => `Ingen fra ${unit} ennå.`,
    addHeading: 'Legg til medlem',
    selectPlaceholder: 'Velg person',
    optionLabel: (name: string, role: string) => `${name} (${role})`,
    add: 'Legg til',
    noneAvailable: 'Alle personene er allerede med. Nye personer legger du inn under Innstillinger.',
    noPeople: 'Ingen personer er lagt inn ennå. Legg dem inn under Innstillinger.',
    goToSettings: 'Gå til Innstillinger',
    added: (name: string) => `${name} er lagt til i arbeidsgruppen.`,
    remove: 'Ta ut',
    removed: (name: string) => `${name} er tatt ut av arbeidsgruppen.`,
    restored: (name: string) => `${name} er med i arbeidsgruppen igjen.`,
    leaderBadge: 'Leder prosessen',
    makeLeader: 'Gjør til leder',
    clearLeader: 'Fjern som leder',
    leaderSet: (name: string) => `${name} leder prosessen.`,
    leaderCleared: 'Ingen er markert som leder av prosessen.',
    noLeader: 'Ingen er markert som leder av prosessen ennå.',
  },

  outline: {
    phase: (n: number) => `Fase ${n}`,
    phasesLabel: 'Faser og arbeidsoppgaver',
    goalLabel: 'Mål for fasen',
    /** The core's label in its messages ("Målet for fasen kan være høyst …"). */
    goalValidationLabel: 'Målet for fasen',
    goalPlaceholder: 'Hva skal deltakeren mestre etter denne fasen?',
    goalNotSet: 'Mål er ikke skrevet ennå.',
    languageLabel: 'Språkkrav',
    languageDescription: 'Hovednivå etter Det felles europeiske rammeverket for språk (A1–C1).',
    levelNotSet: 'Ikke satt',
    skillLevelsToggle: 'Ulike nivå per ferdighet',
    skillLevelsDescription: 'Sett et eget nivå for ferdigheter som skiller seg fra hovednivået.',
    skills: {
      cefrListening: 'Lytte',
      cefrReading: 'Lese',
      cefrSpeaking: 'Muntlig',
      cefrWriting: 'Skrive',
    },
    /** As the core's describe(): "A1 (lese A2, skrive A1)". */
    skillShort: {
      cefrListening: 'lytte',
      cefrReading: 'lese',
      cefrSpeaking: 'muntlig',
      cefrWriting: 'skrive',
    },
    editPhase: 'Endre mål og språkkrav',
    editPhaseFor: (n: number) => `Endre mål og språkkrav for fase ${n}`,
    savePhase: 'Lagre fasen',
    phaseSaved: (n: number) => `Fase ${n} er lagret.`,
    movePhaseUp: (n: number) => `Flytt fase ${n} opp`,
    movePhaseDown: (n: number) => `Flytt fase ${n} ned`,
    phaseMoved: (from: number, to: number) => `Fase ${from} er nå fase ${to}.`,
    removePhase: 'Slett fasen',
    removePhaseFor: (n: number) => `Slett fase ${n}`,
    confirmRemovePhaseTitle: (n: number) => `Slette fase ${n}?`,
    confirmRemovePhaseBody: (tasks: number) =>
      tasks === 0
        ? 'Fasen er tom. Fasene etter den flyttes ett nummer fram. Dette kan ikke angres.'
        : `Fasen og ${plural(tasks, 'arbeidsoppgave', 'arbeidsoppgaver')} i den slettes. Fasene etter den flyttes ett nummer fram. Dette kan ikke angres.`,
    phaseRemoved: (n: number) => `Fase ${n} er slettet.`,
    addPhase: 'Legg til fase',
    phaseAdded: (n: number) => `Fase ${n} er lagt til.`,
    maxPhases: (max: number) => `En plan kan ha høyst ${max} faser.`,
    taskCount: (n: number) => plural(n, 'arbeidsoppgave', 'arbeidsoppgaver'),
    criterionCount: (label: string, n: number) => `${label} ${n}`,
    noTasks: 'Ingen arbeidsoppgaver i denne fasen ennå.',
    tasksLabel: (n: number) => `Arbeidsoppgaver i fase ${n}`,
    criterionLabel: 'Målepunkt',
    criterionPlaceholder: 'Velg målepunkt',
    chooseCriterion: 'Velg et målepunkt.',
    criteria: {
      language: 'Språkutvikling',
      suitability: 'Personlig egnethet',
      performance: 'Arbeidsutførelse',
    },
    taskLabel: 'Arbeidsoppgave',
    /** The core's label in its messages ("Arbeidsoppgaven må fylles ut."). */
    taskValidationLabel: 'Arbeidsoppgaven',
    taskPlaceholder: 'F.eks. Fyller på varer i frukt- og grøntavdelingen',
    taskDescription: 'Én konkret ting deltakeren skal lære, slik fadder kan krysse av for den.',
    hintLabel: 'Tips til fadder',
    hintValidationLabel: 'Tipset til fadder',
    hintPlaceholder: 'F.eks. Vis først, la deltakeren prøve etterpå',
    hintPrefix: 'Tips til fadder:',
    addTaskHeading: (n: number) => `Ny arbeidsoppgave i fase ${n}`,
    addTask: 'Legg til oppgave',
    taskAdded: 'Arbeidsoppgaven er lagt til.',
    editTaskHeading: 'Endre arbeidsoppgaven',
    taskSaved: 'Endringen er lagret.',
    moveUp: 'Flytt opp',
    moveDown: 'Flytt ned',
    /** Accessible names of the arrow buttons; they name the task. */
    moveUpFor: (task: string) => `Flytt opp: ${task}`,
    moveDownFor: (task: string) => `Flytt ned: ${task}`,
    taskMoved: (task: string, position: number) => `«${task}» er nå nummer ${position}.`,
    remove: 'Fjern',
    taskRemoved: (task: string) => `«${task}» er fjernet.`,
    taskRestored: (task: string) => `«${task}» er lagt tilbake.`,
    keyboardHint: 'Flytt en oppgave med Alt + pil opp og Alt + pil ned når den har fokus.',
    readonlyHint: 'Eksempelmalene kan ikke endres.',
  },

  templates: {
    title: 'Maler',
    intro:
      'Malene er utgangspunktet for opplæringsplanene: faser med mål, språkkrav og arbeidsoppgaver for en bransje. ' +
      'Eksempelmalene følger med Stegvis – lag en kopi for å tilpasse en til arbeidsplassen.',
    listHeading: 'Maler',
    listLabel: 'Velg mal',
    ownHeading: 'Kommunens maler',
    examplesHeading: 'Eksempelmaler',
    noOwn: 'Ingen egne maler ennå. Lag en ny, eller lag en kopi av en eksempelmal.',
    exampleTag: 'Eksempel',
    counts: (phases: number, tasks: number) =>
      `${plural(phases, 'fase', 'faser')} · ${plural(tasks, 'oppgave', 'oppgaver')}`,
    /** "3 faser · 30 oppgaver · brukt i 2 planer" */
    listCounts: (phases: number, tasks: number, plans: number) =>
      `${plural(phases, 'fase', 'faser')} · ${plural(tasks, 'oppgave', 'oppgaver')}` +
      (plans > 0 ? ` · brukt i ${plural(plans, 'plan', 'planer')}` : ''),
    newHeading: 'Ny mal',
    nameLabel: 'Navn på malen',
    namePlaceholder: 'F.eks. Butikkmedarbeider Kiwi Sentrum',
    tradeLabel: 'Bransje eller yrke',
    tradePlaceholder: 'F.eks. Butikk',
    create: 'Lag mal',
    created: (name: string) => `Malen ${name} er laget med tre tomme faser.`,
    noneSelectedHeading: 'Ingen mal valgt',
    noneSelected: 'Velg en mal i listen, eller lag en ny.',
    tradeMeta: (trade: string) => `Bransje: ${trade}`,
    updatedAt: 'Sist endret',
    plansFrom: (n: number) =>
      n === 0 ? 'Ingen opplæringsplaner er laget fra malen.' : `${plural(n, 'opplæringsplan', 'opplæringsplaner')} er laget fra malen.`,
    exampleNotice:
      'Dette er en eksempelmal som følger med Stegvis. Den kan ikke endres, men du kan lage en kopi og tilpasse kopien til arbeidsplassen.',
    copyToAdapt: 'Lag kopi for å tilpasse',
    copy: 'Lag kopi',
    copied: (name: string) => `Kopien ${name} er laget. Her kan du tilpasse den.`,
    rename: 'Endre navn',
    renameHeading: 'Navn og bransje',
    renamed: (name: string) => `Malen heter nå ${name}.`,
    deleteTemplate: 'Slett malen',
    confirmDeleteTitle: (name: string) => `Slette malen ${name}?`,
    confirmDeleteBody: (plans: number) =>
      (plans > 0
        ? `${plural(plans, 'opplæringsplan', 'opplæringsplaner')} er laget fra malen. De beholder sin egen kopi. `
        : '') + 'Malen slettes. Dette kan ikke angres.',
    deleted: (name: string) => `Malen ${name} er slettet.`,
    warningsHeading: 'Malen er ikke ferdig',
    print: 'Skriv ut blankt skjema',
    printBusy: 'Lager PDF …',
    printDialogTitle: 'Lagre malen som PDF',
    fileName: (name: string) => `Opplæringsplan - ${name} - mal.pdf`,
    confirmPrintTitle: 'Skrive ut en mal med tomme faser?',
    confirmPrintBody: (warnings: readonly string[]) =>
      `${warnings.join(' ')} Skjemaet får tomme tabeller for disse fasene.`,
    printAnyway: 'Skriv ut likevel',
    printed: 'PDF-en er lagret:',
  },

  // Arbeidsgivere, kontaktpersoner, faddere og sjekkliste 4.1 (owned by the employer screens).
  employers: {
  },

  // Kravspesifikasjoner og praksisavtaler (owned by the spec screens and the placement form).
  specs: {
  },

  participants: {
    title: 'Deltakere',
    intro:
      'Deltakerne du følger opp, og praksisplassene deres: arbeidssted, fadder, periode og dager i uken.',
    heading: 'Deltakere',
    count: (n: number) => plural(n, 'deltaker', 'deltakere'),
    tableCaption: 'Deltakere',
    colName: 'Navn',
    colAdviser: 'Programrådgiver',
    colPlacements: 'Praksisplasser',
    placementCount: (n: number) => plural(n, 'praksisplass', 'praksisplasser'),
    noAdviser: 'Ikke valgt',
    empty: 'Ingen deltakere er lagt inn ennå. Bruk skjemaet over for å legge til den første.',
    initialsTag: 'Initialer på utskrifter',
    showPlacements: 'Vis praksisplasser',
    selected: 'Valgt',
    addHeading: 'Ny deltaker',
    editHeading: (name: string) => `Endre ${name}`,
    nameLabel: 'Navn',
    namePlaceholder: 'Fornavn og etternavn',
    initialsLabel: 'Skriv bare initialer på utskrifter',
    initialsDescription: 'Skjemaene som skrives ut, viser da for eksempel «A. Y.» i stedet for hele navnet.',
    adviserLabel: 'Programrådgiver',
    adviserNone: 'Ikke valgt',
    advisersGroup: 'Programrådgivere',
    othersGroup: 'Andre',
    adviserOption: (name: string, role: string) => `${name} (${role})`,
    noPeople: 'Personene du kan velge som programrådgiver, legger du inn under Innstillinger.',
    add: 'Legg til deltaker',
    added: (name: string) => `${name} er lagt til.`,
    updated: (name: string) => `Endringene for ${name} er lagret.`,
    deleted: (name: string) => `${name} er slettet.`,
    confirmDeleteTitle: (name: string) => `Slette ${name}?`,
    confirmDeleteBody: 'Deltakeren fjernes fra listen. Dette kan ikke angres.',
    placements: {
      heading: (name: string) => `Praksisplasser for ${name}`,
      noneSelected: 'Velg en deltaker i tabellen for å se praksisplassene.',
      tableCaption: (name: string) => `Praksisplasser for ${name}`,
      colWorkplace: 'Arbeidssted',
      colMentor: 'Fadder',
      colPeriod: 'Periode',
      colDays: 'Dager i uken',
      colPlan: 'Opplæringsplan',
      period: (start: string, end: string) => `${start}–${end}`,
      periodSr: (start: string, end: string) => `${start} til ${end}`,
      days: (n: number) => `${n} ${n === 1 ? 'dag' : 'dager'}`,
      noMentor: 'Ikke valgt ennå',
      hasPlan: 'Åpne planen',
      noPlan: 'Ingen ennå',
      empty: 'Ingen praksisplasser ennå. Legg til den første med skjemaet under.',
      addHeading: 'Ny praksisplass',
      editHeading: (workplace: string) => `Endre praksisplassen hos ${workplace}`,
      workplaceLabel: 'Arbeidssted',
      workplacePlaceholder: 'F.eks. Kiwi Sentrum',
      workplaceDescription: 'Bedriften, og gjerne avdelingen.',
      mentorLabel: 'Fadder',
      mentorPlaceholder: 'Fornavn og etternavn',
      mentorDescription: 'Den faste kontaktpersonen på arbeidsplassen.',
      startLabel: 'Startdato',
      endLabel: 'Sluttdato',
      dateDescription: 'dd.mm.åååå',
      datePlaceholder: 'dd.mm.åååå',
      daysLabel: 'Dager i uken',
      daysDescription: 'På arbeidsplassen',
      daysPlaceholder: 'Velg',
      chooseDays: 'Velg hvor mange dager i uken.',
      add: 'Legg til praksisplass',
      added: (workplace: string) => `Praksisplassen hos ${workplace} er lagt til.`,
      updated: (workplace: string) => `Endringene for praksisplassen hos ${workplace} er lagret.`,
      deleted: (workplace: string) => `Praksisplassen hos ${workplace} er slettet.`,
      confirmDeleteTitle: (workplace: string) => `Slette praksisplassen hos ${workplace}?`,
      confirmDeleteBody: 'Praksisplassen fjernes. Dette kan ikke angres.',
    },
  },

  print: {
    button: 'Skriv ut',
    busy: 'Lager PDF …',
    dialogTitle: 'Lagre som PDF',
    filterName: 'PDF',
    fileName: (groupName: string) => `Arbeidsgruppe - ${groupName}.pdf`,
    saved: 'PDF-en er lagret:',
  },

  plans: {
    title: 'Opplæringsplaner',
    intro:
      'Hver deltaker i praksis får sin egen opplæringsplan, laget fra en mal og tilpasset personen. Her krysser du av det fadderen og deltakeren har bekreftet.',
    listHeading: 'Alle opplæringsplaner',
    tableCaption: 'Opplæringsplaner',
    colParticipant: 'Deltaker',
    colWorkplace: 'Arbeidssted',
    colPlan: 'Plan',
    colPhase: 'Fase',
    colProgress: 'Bekreftet av fadder',
    empty: 'Ingen opplæringsplaner ennå.',
    phaseOf: (n: number, of: number) => `Fase ${n} av ${of}`,
    finished: 'Fullført',
    confirmedOf: (confirmed: number, total: number) => `${confirmed} av ${total}`,
    confirmedOfLong: (confirmed: number, total: number) =>
      `${confirmed} av ${plural(total, 'arbeidsoppgave', 'arbeidsoppgaver')} bekreftet`,
    planLabel: (name: string, trade: string) => (trade && trade !== name ? `${name} (${trade})` : name),

    create: {
      heading: 'Ny opplæringsplan',
      description: 'Velg praksisplassen og malen planen skal bygge på. Planen blir en egen kopi som du kan tilpasse.',
      placementLabel: 'Praksisplass',
      placementPlaceholder: 'Velg praksisplass',
      placementOption: (participant: string, workplace: string, start: string, end: string) =>
        `${participant} – ${workplace} (${start}–${end})`,
      templateLabel: 'Mal',
      templatePlaceholder: 'Velg mal',
      ownTemplates: 'Kommunens maler',
      exampleTemplates: 'Eksempelmaler',
      templateOption: (name: string, trade: string, example: boolean) =>
        `${trade && trade !== name ? `${name} (${trade})` : name}${example ? ' – eksempel' : ''}`,
      submit: 'Lag opplæringsplan',
      choosePlacement: 'Velg praksisplassen planen gjelder.',
      chooseTemplate: 'Velg en mal.',
      noPlacements:
        'Ingen praksisplasser er registrert ennå. Legg inn deltakeren og praksisplassen under Deltakere først.',
      allHavePlans:
        'Alle praksisplassene har allerede en opplæringsplan. Nye praksisplasser legger du inn under Deltakere.',
      goToParticipants: 'Gå til Deltakere',
      created: (participant: string) => `Opplæringsplanen for ${participant} er laget.`,
    },

    back: 'Alle opplæringsplaner',
    heading: (participant: string) => `Opplæringsplan for ${participant}`,
    notFound: 'Fant ikke opplæringsplanen. Den kan være slettet.',
    facts: {
      label: 'Om praksisplassen',
      participant: 'Deltaker',
      workplace: 'Arbeidssted',
      mentor: 'Fadder',
      mentorMissing: 'Ikke oppgitt',
      period: 'Periode',
      periodValue: (start: string, end: string) => `${start}–${end}`,
      daysPerWeek: 'Dager per uke',
      daysValue: (n: number) => plural(n, 'dag', 'dager'),
      adviser: 'Programrådgiver',
      adviserMissing: 'Ikke valgt',
      template: 'Laget fra malen',
    },

    views: {
      label: 'Visning av planen',
      tick: 'Avkryssing',
      adjust: 'Tilpass planen',
      history: 'Historikk',
    },

    phases: {
      label: 'Faser',
      tab: (n: number) => `Fase ${n}`,
      current: 'Nåværende fase',
      passedOn: (date: string) => `Fullført ${date}`,
      upcoming: 'Ikke startet',
      goal: 'Mål for fasen',
      noGoal: 'Ingen mål er skrevet for denne fasen.',
      language: 'Språkkrav',
      byCriterion: 'Fremgang per målepunkt',
      noTasks: 'Denne fasen har ingen arbeidsoppgaver ennå. Legg dem til under Tilpass planen.',
    },

    proposal: {
      heading: (n: number) => `Fase ${n} er klar`,
      next: (n: number) => `Gå videre til fase ${n}`,
      finish: 'Marker planen som fullført',
      dateLabel: 'Dato',
      passed: (n: number, date: string) => `Fase ${n} er markert som fullført ${date}.`,
      passedLast: (date: string) => `Planen er markert som fullført ${date}.`,
      reopened: (n: number) => `Fase ${n} er åpnet igjen.`,
      allDone: (date: string) => `Alle fasene er fullført. Den siste ble fullført ${date}.`,
    },

    grid: {
      heading: (n: number) => `Avkryssing for fase ${n}`,
      dateLabel: 'Dato for avkryssing',
      dateDescription: 'Settes som fullført-dato på oppgaver uten dato. Enter går til tabellen.',
      help:
        'Tastatur: Piltastene flytter mellom cellene. Mellomrom krysser av eller fjerner krysset, og setter eller fjerner datoen i Fullført. Enter eller F2 skriver i Fullført og Kommentar (Enter lagrer, Escape avbryter). Delete tømmer cellen.',
      caption: (n: number) => `Arbeidsoppgaver i fase ${n}`,
      colTask: 'Arbeidsoppgave',
      colDone: 'Fullført',
      colMentor: 'Fadder',
      colParticipant: 'Deltaker',
      colComment: 'Kommentar',
      colHistory: 'Historikk',
      groupProgress: (confirmed: number, total: number) => `${confirmed} av ${total} bekreftet`,
      noDate: 'Ingen dato',
      noComment: 'Ingen kommentar',
      mentorBox: (task: string) => `Fadder: ${task}`,
      participantBox: (task: string) => `Deltaker: ${task}`,
      dateEditorLabel: (task: string) => `Fullført-dato for ${task} (dd.mm.åååå)`,
      commentEditorLabel: (task: string) => `Kommentar til ${task}`,
      editorHint: 'Enter lagrer, Escape avbryter.',
      historyButton: 'Vis historikk',
      historyHide: 'Skjul historikk',
      historyFor: (task: string) => `Historikk for «${task}»`,
    },

    announce: {
      mentorOn: (task: string) => `Fadder bekreftet: ${task}`,
      mentorOff: (task: string) => `Fadderens bekreftelse fjernet: ${task}`,
      participantOn: (task: string) => `Deltaker bekreftet: ${task}`,
      participantOff: (task: string) => `Deltakerens bekreftelse fjernet: ${task}`,
      dateSet: (task: string, date: string) => `Fullført ${date}: ${task}`,
      dateCleared: (task: string) => `Datoen er fjernet: ${task}`,
      commentSaved: (task: string) => `Kommentaren er lagret: ${task}`,
      commentCleared: (task: string) => `Kommentaren er fjernet: ${task}`,
    },

    history: {
      heading: 'Historikk for hele planen',
      intro: 'Alt som er endret i planen, nyeste først.',
      empty: 'Ingen endringer er registrert ennå.',
      line: (at: string, by: string, what: string) => `${at} – ${by} – ${what}`,
      colAt: 'Tidspunkt',
      colBy: 'Hvem',
      colSubject: 'Gjelder',
      colWhat: 'Hva',
      loading: 'Henter historikk …',
    },

    adjust: {
      intro:
        'Endringer her gjelder bare denne deltakerens plan, ikke malen. Alle endringer føres i historikken.',
    },

    print: {
      button: 'Skriv ut',
      heading: 'Skriv ut opplæringsplanen',
      what: 'Hva vil du skrive ut?',
      thisPhase: (n: number) => `Denne fasen (fase ${n})`,
      wholePlan: 'Hele planen',
      kind: 'Skjema',
      blank: 'Blankt skjema (fylles ut for hånd)',
      status: 'Status (med det som er registrert)',
      submit: 'Lag PDF',
      busy: 'Lager PDF …',
      fileName: (who: string, phase: number | null, blank: boolean) =>
        `Opplæringsplan - ${who}${phase === null ? '' : ` - fase ${phase}`}${blank ? ' - blankt skjema' : ''}.pdf`,
      warningTitle: 'Skrive ut likevel?',
      warningBody: (warnings: readonly string[]) =>
        `${warnings.join(' ')} Skjemaet får en tom tabell for ${warnings.length === 1 ? 'denne fasen' : 'disse fasene'}.`,
      warningOk: 'Skriv ut likevel',
      emptyPhase: (n: number) => `Fase ${n} har ingen arbeidsoppgaver.`,
    },

    deletePlan: 'Slett planen',
    confirmDeleteTitle: (participant: string) => `Slette opplæringsplanen for ${participant}?`,
    confirmDeleteBody:
      'Planen, alt som er krysset av og historikken slettes. Praksisplassen blir liggende uten plan. Dette kan ikke angres.',
    deleted: (participant: string) => `Opplæringsplanen for ${participant} er slettet.`,
  },
} as const;

export type Strings = typeof strings;
