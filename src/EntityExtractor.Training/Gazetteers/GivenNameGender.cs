namespace EntityExtractor.Training.Gazetteers;

/// <summary>The gender a given name is listed under.</summary>
internal enum GivenNameGender
{
    /// <summary>Listed as a male name only.</summary>
    Male,

    /// <summary>Listed as a female name only.</summary>
    Female,

    /// <summary>Listed as both.</summary>
    Unisex,
}
