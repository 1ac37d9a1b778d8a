namespace EntityExtractor.Tokenization;

/// <summary>Cheap orthographic facts about a token, computed while it is scanned.</summary>
[Flags]
public enum TokenShape : ushort
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary>The first character is an upper-case letter.</summary>
    Capitalized = 1 << 0,

    /// <summary>There is at least one letter and no lower-case letter (<c>NATO</c>, <c>U.S.</c>, <c>A</c>).</summary>
    AllCaps = 1 << 1,

    /// <summary>There is at least one letter and no upper-case letter.</summary>
    AllLower = 1 << 2,

    /// <summary>Upper-case letters after a lower-case one (<c>iPhone</c>, <c>McDonald</c>).</summary>
    MixedCase = 1 << 3,

    /// <summary>At least one letter.</summary>
    HasLetter = 1 << 4,

    /// <summary>At least one decimal digit.</summary>
    HasDigit = 1 << 5,

    /// <summary>Every character is a decimal digit.</summary>
    AllDigits = 1 << 6,

    /// <summary>Contains a hyphen or dash.</summary>
    HasHyphen = 1 << 7,

    /// <summary>Contains a period.</summary>
    HasPeriod = 1 << 8,

    /// <summary>Contains an apostrophe (straight or curly).</summary>
    HasApostrophe = 1 << 9,

    /// <summary>Contains a character outside ASCII.</summary>
    NonAscii = 1 << 10,
}
