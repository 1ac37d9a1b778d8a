namespace EntityExtractor.Casualties;

/// <summary>How a phrase refers to the victims it counts; the summarizer uses it to avoid counting one victim twice.</summary>
internal enum Mention : byte
{
    /// <summary>A stated count ("four people", "5 dead", "a policeman and two civilians").</summary>
    Counted = 0,

    /// <summary>A new single person ("a man", "a 16-year-old").</summary>
    Indefinite,

    /// <summary>A person added to those already counted ("another man", "a second victim", "a woman was also shot").</summary>
    Additive,

    /// <summary>Someone already introduced ("the victim", "he", "the two men").</summary>
    Definite,

    /// <summary>A person by name ("John Smith, 25,").</summary>
    Named,

    /// <summary>A person placed by an ordinal ("a second victim"): the total is at least the ordinal.</summary>
    Ordinal,
}

/// <summary>The victims a trigger counts: tokens <c>[First, End)</c>, the count and how they are referred to.</summary>
internal struct VictimPhrase
{
    public int Count;
    public CasualtyQualifier Qualifier;
    public Mention Mention;
    public int First;
    public int End;

    /// <summary>Tokens of the victims' description ("civilians"), or an empty range.</summary>
    public int DescriptionFirst;
    public int DescriptionEnd;

    /// <summary>Whether the victims have a description (<see cref="DescriptionFirst"/> to <see cref="DescriptionEnd"/> is not empty).</summary>
    public readonly bool HasDescription => DescriptionEnd > DescriptionFirst;

    /// <summary>Token of a named victim's surname, or -1.</summary>
    public int NameToken;

    /// <summary>Whether the phrase is the attacker himself ("turned the gun on himself").</summary>
    public bool IsShooter;

    /// <summary>Whether the phrase counts "others" ("wounding two others"): added to a figure of the same kind earlier in the sentence.</summary>
    public bool Others;

    /// <summary>The ordinal of "a second victim" (2), or 0.</summary>
    public int Ordinal;

    /// <summary>Whether a list of victims ends with the attacker ("… and himself"), who is not in <see cref="Count"/>.</summary>
    public bool ShooterInList;

    /// <summary>Whether the victims were counted among the wounded before ("one of the wounded died").</summary>
    public bool FromWounded;

    /// <summary>Whether the clause says "also" ("two other men were also shot").</summary>
    public bool Also;

    /// <summary>Whether the clause says the people shot survived ("was shot in the arm"): not among the dead.</summary>
    public bool Survives;
}

/// <summary>A figure as the reader found it, before the public <see cref="CasualtyFigure"/> is built.</summary>
internal struct RawFigure
{
    public CasualtyKind Kind;
    public bool IsShot;
    public bool IsToll;

    /// <summary>The victims the figure counts: count, qualifier, mention, description, name and flags.</summary>
    public VictimPhrase Victims;

    /// <summary>First token of the phrase that states the figure.</summary>
    public int First;

    /// <summary>Token one past the phrase.</summary>
    public int End;
    public int SentenceIndex;
    public bool IsBackground;

    /// <summary>
    /// Whether the victims follow an active verb ("killed his wife") or were killed by someone else ("a woman was shot and
    /// killed", "four people were shot dead by a man"), so an attacker's own death is not among them.
    /// </summary>
    public bool IsObject;

    /// <summary>Whether <see cref="DescriptionKey"/>, <see cref="HeadKey"/> and <see cref="NameKey"/> are computed (<see cref="CasualtySummarizer.Prepare"/>).</summary>
    public bool KeysReady;

    /// <summary>Hash of the victims' description ("16-year-old boy"), or 0 when there is none.</summary>
    public int DescriptionKey;

    /// <summary>Hash of the description's head noun ("boy"), or 0.</summary>
    public int HeadKey;

    /// <summary>Hash of a named victim's surname token, or 0.</summary>
    public int NameKey;
}
