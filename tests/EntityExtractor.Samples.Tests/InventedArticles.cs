namespace EntityExtractor.Samples.Tests;

/// <summary>Articles written for these tests: the places, people and groups in them are made up.</summary>
internal static class InventedArticles
{
    /// <summary>Three names (a place, a person, an organization) and three casualty figures (killed, wounded, missing).</summary>
    public const string Marwick =
        "Flooding in the river town of Marwick killed at least six people and injured 14 others on Monday, "
        + "said Helen Brandt, a spokeswoman for the Northern Relief Agency. Two fishermen are still missing.";
}
