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
    intro: 'Kommunen, de kvalifiserende enhetene og personene som kan sitte i arbeidsgrupper.',
    municipality: {
      heading: 'Kommune',
      label: 'Kommunenavn',
      description: 'Står i toppteksten på alle utskrifter.',
      placeholder: 'F.eks. Lørenskog kommune',
      save: 'Lagre kommunenavn',
      saved: (name: string) => `Kommunenavnet er lagret: ${name}.`,
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

  print: {
    button: 'Skriv ut',
    busy: 'Lager PDF …',
    dialogTitle: 'Lagre arbeidsgruppen som PDF',
    filterName: 'PDF',
    fileName: (groupName: string) => `Arbeidsgruppe - ${groupName}.pdf`,
    saved: 'PDF-en er lagret:',
  },
} as const;

export type Strings = typeof strings;
