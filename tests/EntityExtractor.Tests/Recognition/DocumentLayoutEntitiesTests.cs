using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

/// <summary>
/// What <see cref="NewsEntityExtractor.Extract(string)"/> makes of a document's layout (headlines, bylines,
/// datelines, schedule lines, determiners at a sentence start), on text written for these tests.
/// </summary>
public sealed class DocumentLayoutEntitiesTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    private static (EntityType Type, string Text, int Start, int End)[] Entities(string text) =>
        Extractor.Extract(text).Entities.Select(e => (e.Type, e.Text, e.Start, e.End)).ToArray();

    [Fact]
    public void Extract_ArticleWithBylineAndDatelineAndANameRepeatedFourTimes_FindsEachMentionWithItsExactSpan()
    {
        const string text = "Storm floods Dravik harbour\nPetra Lindqvist\nDRAVIK, Norland\n"
            + "The harbour master of Dravik, Oskar Halvorsen, said on Tuesday that the storm had sunk four fishing boats. "
            + "Halvorsen said the port would reopen on Friday.\n"
            + "Fishermen blamed the delay on the coast guard. \"We warned them,\" said one. "
            + "Halvorsen rejected the criticism and said the coast guard had acted quickly.\n"
            + "By the evening, Halvorsen had asked the Norland Fisheries Agency for help.";

        Entities(text).Should().Equal(
            (EntityType.Location, "Dravik", 13, 19),
            (EntityType.Person, "Petra Lindqvist", 28, 43),
            (EntityType.Location, "DRAVIK", 44, 50),
            (EntityType.Organization, "Norland", 52, 59), // an invented country; the type is the model's (three-run average)
            (EntityType.Location, "Dravik", 82, 88),
            (EntityType.Person, "Oskar Halvorsen", 90, 105),
            (EntityType.Person, "Halvorsen", 167, 176),
            (EntityType.Person, "Halvorsen", 290, 299),
            (EntityType.Person, "Halvorsen", 383, 392),
            (EntityType.Organization, "Norland Fisheries Agency", 407, 431));
    }

    [Fact]
    public void Extract_ScheduleOneNameALine_ReportsEachLineAsItsOwnName()
    {
        const string text = "MONDAY'S FIXTURES\nLINDHOLM ROVERS\nKESTREL TOWN\nWESTMARCH\nBRAMBLEFORD";

        Entities(text).Should().Equal(
            (EntityType.Organization, "LINDHOLM ROVERS", 18, 33),
            (EntityType.Location, "KESTREL TOWN", 34, 46), // each line its own name; the type is the model's (format 3)
            (EntityType.Organization, "WESTMARCH", 47, 56),
            (EntityType.Organization, "BRAMBLEFORD", 57, 68));
    }

    [Fact]
    public void Extract_SentenceOpeningWithTheRepublicOf_LeavesTheDeterminerOutOfThePlace()
    {
        Entities("The Republic of Korea won 3-1 in Seoul.").Should().Equal(
            (EntityType.Location, "Republic of Korea", 4, 21),
            (EntityType.Location, "Seoul", 33, 38));
    }

    [Theory]
    [InlineData("Harbour workers end strike in Valdoria\nTomas Verlinden\nPORT ELSBURG, Valdoria\nDock workers returned to work on Monday.")]
    [InlineData("Results on Sunday:\nNorway 2 Denmark 1\nFinland 0 Estonia 3")]
    [InlineData("The council spokesman, Anna\nKowalczyk, said the bridge would reopen in Gdansk on Friday.")]
    public void Extract_TextWithLineBreaks_NeverReportsAnEntityAcrossOne(string text)
    {
        var entities = Extractor.Extract(text).Entities;

        entities.Should().NotBeEmpty();
        entities.Should().OnlyContain(e => e.Text.IndexOf('\n', StringComparison.Ordinal) < 0);
    }
}
