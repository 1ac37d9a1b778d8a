namespace EntityExtractor.Casualties.Incidents;

/// <summary>The features the incident model sees for one candidate figure (indices into its weight vector).</summary>
internal enum IncidentFeature
{
    /// <summary>Always 1.</summary>
    Bias,

    /// <summary>The rules took the figure for background ("last month", a round-up's totals, after "Elsewhere").</summary>
    RuleBackground,

    /// <summary>The figure is in the article's first sentence.</summary>
    Sentence0,

    /// <summary>In sentence 1 or 2.</summary>
    Sentence1To2,

    /// <summary>In sentence 3 to 5.</summary>
    Sentence3To5,

    /// <summary>In sentence 6 to 10.</summary>
    Sentence6To10,

    /// <summary>Further down.</summary>
    SentenceOver10,

    /// <summary>In the first paragraph (the title, when the text starts with it).</summary>
    Paragraph0,

    /// <summary>In the second paragraph.</summary>
    Paragraph1,

    /// <summary>In the third or fourth paragraph.</summary>
    Paragraph2To3,

    /// <summary>Further down.</summary>
    ParagraphOver3,

    /// <summary>Where the figure starts, as a fraction of the text's length.</summary>
    RelativePosition,

    /// <summary>The figure is in the lede: the first sentence with a figure the rules kept.</summary>
    Lede,

    /// <summary>Sentences since the lede, up to 20, over 20.</summary>
    DistanceFromLede,

    /// <summary>Killed.</summary>
    Killed,

    /// <summary>Wounded or injured.</summary>
    Wounded,

    /// <summary>Shot, outcome not stated.</summary>
    Shot,

    /// <summary>Missing or kidnapped.</summary>
    OtherKind,

    /// <summary>A stated count ("four people").</summary>
    Counted,

    /// <summary>A new single person ("a man").</summary>
    Indefinite,

    /// <summary>Added to those counted ("another man").</summary>
    Additive,

    /// <summary>A re-mention ("the victim", "he").</summary>
    Definite,

    /// <summary>A named person.</summary>
    Named,

    /// <summary>An ordinal ("a third victim").</summary>
    Ordinal,

    /// <summary>Count 1.</summary>
    CountOne,

    /// <summary>Count 2 to 4.</summary>
    CountFew,

    /// <summary>Count 5 to 9.</summary>
    CountSome,

    /// <summary>Count 10 or more.</summary>
    CountMany,

    /// <summary>The count is above the lede's largest.</summary>
    AboveLede,

    /// <summary>The count is far above the lede's largest (twice it and 5 more).</summary>
    FarAboveLede,

    /// <summary>A death toll.</summary>
    Toll,

    /// <summary>"… others".</summary>
    Others,

    /// <summary>"… also".</summary>
    Also,

    /// <summary>Not an exact count ("at least", "dozens").</summary>
    Qualified,

    /// <summary>The sentence says "another", "second", ….</summary>
    CueAnother,

    /// <summary>The sentence says "separate", "unrelated", "other".</summary>
    CueSeparate,

    /// <summary>The sentence says "earlier", "previous", "ago", "last".</summary>
    CueEarlier,

    /// <summary>The sentence says "also".</summary>
    CueAlso,

    /// <summary>The sentence says "meantime", "elsewhere", "across".</summary>
    CueTurn,

    /// <summary>The sentence has words of statistics ("this year", "so far", "homicides").</summary>
    CueStatistic,

    /// <summary>The sentence places its event in the last day ("overnight", "early Sunday").</summary>
    CueRecent,

    /// <summary>The sentence has web furniture ("Photo", "RELATED").</summary>
    CueFurniture,

    /// <summary>A year other than the publication's.</summary>
    YearOther,

    /// <summary>The publication's year.</summary>
    YearSame,

    /// <summary>A year, with no publication date to judge it by.</summary>
    YearUnjudged,

    /// <summary>A weekday up to two days before the publication.</summary>
    WeekdayRecent,

    /// <summary>A weekday three to six days before the publication.</summary>
    WeekdayOld,

    /// <summary>A weekday, with no publication date.</summary>
    WeekdayUnjudged,

    /// <summary>A month and day up to a week before the publication.</summary>
    DateRecent,

    /// <summary>A month and day more than a week before, or after, the publication.</summary>
    DateOther,

    /// <summary>A month and day, with no publication date.</summary>
    DateUnjudged,

    /// <summary>The sentence counts several incidents ("three shootings").</summary>
    RoundUpSentence,

    /// <summary>Some sentence of the article with a figure counts several incidents.</summary>
    RoundUpArticle,

    /// <summary>The sentence names a place the lede does not.</summary>
    PlaceNew,

    /// <summary>The sentence names a place the lede names.</summary>
    PlaceSame,

    /// <summary>The sentence names a person.</summary>
    Person,

    /// <summary>One victim told of as one person ("a man", "the victim", "John Smith", "another woman"): the new-victim model decides whether he adds.</summary>
    SingleVictim,

    /// <summary>The rules count the single victim as new (another, a new description or a new name).</summary>
    RuleNew,

    /// <summary>The victim's name, or the head of his description, was told of by an earlier figure.</summary>
    SeenBefore,

    /// <summary>The victim's description has a head no earlier figure had ("her brother" after "a woman").</summary>
    HeadNew,

    /// <summary>A pronoun ("he was shot").</summary>
    Pronoun,

    /// <summary>A possessive ("his sister", "her son").</summary>
    Possessive,

    /// <summary>An age no earlier figure gave ("a 15-year-old" after "a 40-year-old").</summary>
    AgeNew,

    /// <summary>An age an earlier figure gave.</summary>
    AgeSame,

    /// <summary>An earlier figure of the lead is in the same sentence.</summary>
    SameSentence,

    /// <summary>An earlier figure of the same kind.</summary>
    KindSeen,

    /// <summary>The number of features.</summary>
    Count,
}
