namespace EntityExtractor;

/// <summary>How a casualty figure's count relates to the true number, as the text states it.</summary>
public enum CasualtyQualifier
{
    /// <summary>The count is stated as exact ("four people were killed").</summary>
    Exact = 1,

    /// <summary>The true number is at least the count ("at least four", "dozens").</summary>
    AtLeast = 2,

    /// <summary>The true number exceeds the count ("more than 20", "over 20").</summary>
    MoreThan = 3,

    /// <summary>The true number is at most the count ("up to 20", "as many as 20").</summary>
    AtMost = 4,

    /// <summary>The count is an approximation ("about 20", "nearly 20", "some 20").</summary>
    Approximately = 5,
}
