using EntityExtractor.Text;

namespace EntityExtractor.Casualties;

/// <summary>The person nouns of the casualty lexicon: what a victim can be called.</summary>
internal static partial class CasualtyLexicon
{
    /// <summary>
    /// Nouns for people, singular and plural: people and kin, security forces and fighters, nationalities and
    /// communities ("killed two Palestinians"), and the occupations and roles conflict and crime news names victims by
    /// ("the headmaster", "four herders").
    /// </summary>
    private static readonly (string Singular, string Plural)[] PersonNounPairs =
    [
        ("person", "people"), ("man", "men"), ("woman", "women"), ("child", "children"), ("kid", "kids"),
        ("boy", "boys"), ("girl", "girls"), ("teen", "teens"), ("teenager", "teenagers"), ("youth", "youths"),
        ("adult", "adults"), ("victim", "victims"), ("resident", "residents"), ("civilian", "civilians"),
        ("soldier", "soldiers"), ("troop", "troops"), ("officer", "officers"), ("policeman", "policemen"),
        ("policewoman", "policewomen"), ("deputy", "deputies"), ("trooper", "troopers"), ("student", "students"),
        ("worker", "workers"), ("employee", "employees"), ("passenger", "passengers"), ("driver", "drivers"),
        ("bystander", "bystanders"), ("pedestrian", "pedestrians"), ("customer", "customers"), ("guard", "guards"),
        ("member", "members"), ("militant", "militants"), ("fighter", "fighters"), ("insurgent", "insurgents"),
        ("rebel", "rebels"), ("gunman", "gunmen"), ("shooter", "shooters"), ("suspect", "suspects"),
        ("attacker", "attackers"), ("assailant", "assailants"), ("bomber", "bombers"), ("infant", "infants"),
        ("baby", "babies"), ("toddler", "toddlers"), ("son", "sons"), ("daughter", "daughters"), ("wife", "wives"),
        ("husband", "husbands"), ("mother", "mothers"), ("father", "fathers"), ("brother", "brothers"),
        ("sister", "sisters"), ("girlfriend", "girlfriends"), ("boyfriend", "boyfriends"), ("relative", "relatives"),
        ("cousin", "cousins"), ("friend", "friends"), ("neighbor", "neighbors"), ("neighbour", "neighbours"),
        ("nephew", "nephews"), ("niece", "nieces"), ("grandmother", "grandmothers"), ("grandfather", "grandfathers"),
        ("grandson", "grandsons"), ("granddaughter", "granddaughters"), ("parent", "parents"),
        ("individual", "individuals"), ("male", "males"), ("female", "females"), ("juvenile", "juveniles"),
        ("minor", "minors"), ("tourist", "tourists"), ("pilgrim", "pilgrims"), ("worshipper", "worshippers"),
        ("worshiper", "worshipers"), ("protester", "protesters"), ("protestor", "protestors"),
        ("demonstrator", "demonstrators"), ("journalist", "journalists"), ("reporter", "reporters"),
        ("doctor", "doctors"), ("nurse", "nurses"), ("teacher", "teachers"), ("patient", "patients"),
        ("inmate", "inmates"), ("prisoner", "prisoners"), ("marine", "marines"), ("sailor", "sailors"),
        ("airman", "airmen"), ("servicemember", "servicemembers"), ("serviceman", "servicemen"),
        ("contractor", "contractors"), ("commander", "commanders"), ("official", "officials"), ("leader", "leaders"),
        ("clerk", "clerks"), ("owner", "owners"), ("occupant", "occupants"), ("homeowner", "homeowners"),
        ("roommate", "roommates"), ("partygoer", "partygoers"), ("patron", "patrons"), ("spectator", "spectators"),
        ("fan", "fans"), ("player", "players"), ("miner", "miners"), ("farmer", "farmers"), ("villager", "villagers"),
        ("citizen", "citizens"), ("national", "nationals"), ("other", "others"), ("agent", "agents"),
        ("ranger", "rangers"), ("cop", "cops"), ("firefighter", "firefighters"), ("paramedic", "paramedics"),
        ("hostage", "hostages"), ("intruder", "intruders"), ("robber", "robbers"), ("burglar", "burglars"),
        ("cashier", "cashiers"), ("bouncer", "bouncers"), ("sergeant", "sergeants"), ("militiaman", "militiamen"),
        ("peacekeeper", "peacekeepers"), ("staffer", "staffers"), ("grandchild", "grandchildren"),
        ("acquaintance", "acquaintances"), ("guest", "guests"), ("visitor", "visitors"), ("motorist", "motorists"),
        ("cyclist", "cyclists"), ("classmate", "classmates"), ("coworker", "coworkers"), ("co-worker", "co-workers"),
        ("colleague", "colleagues"), ("teammate", "teammates"), ("migrant", "migrants"), ("refugee", "refugees"),
        ("fisherman", "fishermen"), ("crewman", "crewmen"), ("hiker", "hikers"), ("climber", "climbers"),
        ("volunteer", "volunteers"), ("sophomore", "sophomores"), ("freshman", "freshmen"), ("stepson", "stepsons"),
        ("stepdaughter", "stepdaughters"), ("son-in-law", "sons-in-law"),
        // Nationalities and communities.
        ("Palestinian", "Palestinians"), ("Israeli", "Israelis"), ("Iraqi", "Iraqis"), ("Syrian", "Syrians"),
        ("Afghan", "Afghans"), ("Pakistani", "Pakistanis"), ("Iranian", "Iranians"), ("Yemeni", "Yemenis"),
        ("Saudi", "Saudis"), ("Egyptian", "Egyptians"), ("Libyan", "Libyans"), ("Somali", "Somalis"),
        ("Ethiopian", "Ethiopians"), ("Eritrean", "Eritreans"), ("Nigerian", "Nigerians"), ("Malian", "Malians"),
        ("Kenyan", "Kenyans"), ("Ukrainian", "Ukrainians"), ("Russian", "Russians"), ("American", "Americans"),
        ("Briton", "Britons"), ("Turk", "Turks"), ("Kurd", "Kurds"), ("Arab", "Arabs"), ("Jew", "Jews"),
        ("Muslim", "Muslims"), ("Christian", "Christians"), ("Hindu", "Hindus"), ("Sikh", "Sikhs"),
        ("Uighur", "Uighurs"), ("Uyghur", "Uyghurs"), ("Tamil", "Tamils"), ("Indian", "Indians"),
        ("Bangladeshi", "Bangladeshis"), ("Filipino", "Filipinos"), ("Thai", "Thais"), ("Mexican", "Mexicans"),
        ("Colombian", "Colombians"), ("Haitian", "Haitians"), ("Venezuelan", "Venezuelans"),
        ("Salvadoran", "Salvadorans"), ("Honduran", "Hondurans"), ("Guatemalan", "Guatemalans"),
        ("Spaniard", "Spaniards"), ("Pole", "Poles"), ("Georgian", "Georgians"), ("Armenian", "Armenians"),
        ("Azerbaijani", "Azerbaijanis"), ("Azeri", "Azeris"), ("Chechen", "Chechens"), ("Bosnian", "Bosnians"),
        ("Serb", "Serbs"), ("Croat", "Croats"), ("Albanian", "Albanians"), ("Alawite", "Alawites"),
        ("Shiite", "Shiites"), ("Sunni", "Sunnis"), ("Yazidi", "Yazidis"), ("Houthi", "Houthis"), ("Tutsi", "Tutsis"),
        ("Hutu", "Hutus"), ("Fulani", "Fulanis"), ("Amhara", "Amharas"), ("Tigrayan", "Tigrayans"),
        ("Rohingya", "Rohingyas"), ("Druze", "Druzes"),
        // Occupations and roles.
        ("headmaster", "headmasters"), ("headmistress", "headmistresses"), ("principal", "principals"),
        ("vice-principal", "vice-principals"), ("pastor", "pastors"), ("priest", "priests"), ("imam", "imams"),
        ("cleric", "clerics"), ("monk", "monks"), ("nun", "nuns"), ("bishop", "bishops"), ("rabbi", "rabbis"),
        ("preacher", "preachers"), ("elder", "elders"), ("chief", "chiefs"), ("mayor", "mayors"),
        ("governor", "governors"), ("minister", "ministers"), ("lawmaker", "lawmakers"), ("legislator", "legislators"),
        ("senator", "senators"), ("councillor", "councillors"), ("councilor", "councilors"),
        ("councilman", "councilmen"), ("politician", "politicians"), ("candidate", "candidates"),
        ("activist", "activists"), ("diplomat", "diplomats"), ("envoy", "envoys"), ("ambassador", "ambassadors"),
        ("judge", "judges"), ("lawyer", "lawyers"), ("prosecutor", "prosecutors"), ("pilot", "pilots"),
        ("medic", "medics"), ("engineer", "engineers"), ("trader", "traders"), ("merchant", "merchants"),
        ("vendor", "vendors"), ("shopkeeper", "shopkeepers"), ("herder", "herders"), ("herdsman", "herdsmen"),
        ("shepherd", "shepherds"), ("bodyguard", "bodyguards"), ("aide", "aides"), ("photographer", "photographers"),
        ("cameraman", "cameramen"), ("researcher", "researchers"), ("surgeon", "surgeons"),
        ("pharmacist", "pharmacists"), ("laborer", "laborers"), ("labourer", "labourers"), ("builder", "builders"),
        ("fireman", "firemen"), ("lecturer", "lecturers"), ("professor", "professors"), ("pupil", "pupils"),
        ("schoolgirl", "schoolgirls"), ("schoolboy", "schoolboys"), ("schoolchild", "schoolchildren"),
        ("seminarian", "seminarians"), ("chauffeur", "chauffeurs"), ("conductor", "conductors"),
        ("mechanic", "mechanics"), ("waiter", "waiters"), ("waitress", "waitresses"), ("witness", "witnesses"),
        ("manager", "managers"), ("bartender", "bartenders"), ("attendant", "attendants"), ("tenant", "tenants"),
        ("landlord", "landlords"), ("partner", "partners"), ("stepbrother", "stepbrothers"), ("stepsister", "stepsisters"),
        ("detective", "detectives"), ("sheriff", "sheriffs"), ("marshal", "marshals"), ("responder", "responders"),
        ("coach", "coaches"), ("rapper", "rappers"), ("stepchild", "stepchildren"), ("twin", "twins"),
    ];

    /// <summary>Nouns for one person listed without a plural ("someone", "family", "child's").</summary>
    private static readonly string[] SingularPersonNouns =
    [
        "gunwoman", "security", "lieutenant", "captain", "colonel", "general", "private", "corporal", "someone",
        "somebody", "fiancee", "fiance", "stepfather", "stepmother", "uncle", "aunt", "family", "gang", "jogger",
        "child's", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "half-brother", "half-sister", "mom",
        "dad", "grandma", "grandpa", "daughter-in-law", "mother-in-law", "father-in-law",
    ];

    /// <summary>Nouns for a group of people used only with a plural verb ("two security personnel were killed", "three staff were hurt").</summary>
    private static readonly string[] PluralPersonNouns = ["personnel", "staff"];

    /// <summary>Nouns for people: value 1 for singular, 2 for plural.</summary>
    public static readonly SpanDictionary<byte> PersonNouns = BuildPersonNouns();

    private static SpanDictionary<byte> BuildPersonNouns()
    {
        var table = new SpanDictionary<byte>((PersonNounPairs.Length * 2) + SingularPersonNouns.Length + PluralPersonNouns.Length, ignoreAsciiCase: true);
        foreach (string word in SingularPersonNouns)
        {
            table.Set(word, 1);
        }

        foreach (string word in PluralPersonNouns)
        {
            table.Set(word, 2);
        }

        foreach (var (singular, plural) in PersonNounPairs)
        {
            table.Set(singular, 1);
            table.Set(plural, 2);
        }

        return table;
    }
}
