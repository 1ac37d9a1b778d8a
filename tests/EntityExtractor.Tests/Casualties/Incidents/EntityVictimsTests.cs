using EntityExtractor.Casualties;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Casualties.Incidents;

public class EntityVictimsTests
{
    private const string Text = "Harlan was killed on Friday. Marsh was wounded.";

    [Theory]
    [InlineData((int)EntityType.Organization, (int)Mention.Definite)]
    [InlineData((int)EntityType.Person, (int)Mention.Named)]
    public void Apply_NameInsideAnEntity_IsAPersonOnlyWhenTheRecognizerSaysSo(int type, int expected)
    {
        (Token[] tokens, List<RawFigure> figures) = Read(Text);
        Entity[] entities = [new((EntityType)type, 0, 6, "Harlan", 1)];

        EntityVictims.Apply(Text, tokens, entities, figures);

        figures.Select(f => f.Victims.Mention).Should().Equal((Mention)expected, Mention.Named);
    }

    [Fact]
    public void Apply_NameInsideAPlace_DropsTheFigure()
    {
        (Token[] tokens, List<RawFigure> figures) = Read(Text);
        Entity[] entities = [new(EntityType.Location, 0, 6, "Harlan", 1)];

        EntityVictims.Apply(Text, tokens, entities, figures);

        figures.Should().ContainSingle().Which.Victims.NameToken.Should().Be(tokens.ToList().FindIndex(t => Text[t.Start..t.End] == "Marsh"));
    }

    [Fact]
    public void Apply_PlaceAfterANameAndItsAge_IsTheHomeTownAndStaysAsAReMention()
    {
        const string text = "Jo Pavel, 15, Arden died on Saturday.";
        (Token[] tokens, List<RawFigure> figures) = Read(text);
        int town = text.IndexOf("Arden", StringComparison.Ordinal);
        Entity[] entities = [new(EntityType.Location, town, town + 5, "Arden", 1)];

        EntityVictims.Apply(text, tokens, entities, figures);

        figures.Should().ContainSingle().Which.Victims.Mention.Should().Be(Mention.Definite);
    }

    [Fact]
    public void Apply_LoneNameAfterACapitalizedWordThatIsNoName_IsCheckedAgainstTheEntity()
    {
        // "UMC" is no name word, so the reader names "Harlan" alone; the recognizer's organization spans both words.
        const string text = "Police said UMC Harlan was struck.";
        (Token[] tokens, List<RawFigure> figures) = Read(text);
        int umc = text.IndexOf("UMC", StringComparison.Ordinal);
        Entity[] entities = [new(EntityType.Organization, umc, umc + 10, "UMC Harlan", 1)];

        EntityVictims.Apply(text, tokens, entities, figures);

        figures.Should().ContainSingle().Which.Victims.Mention.Should().Be(Mention.Definite);
    }

    [Fact]
    public void Apply_FullNameInsideAPlace_StaysANamedVictim()
    {
        const string text = "Reno Hale was killed on Friday.";
        (Token[] tokens, List<RawFigure> figures) = Read(text);
        Entity[] entities = [new(EntityType.Location, 0, 9, "Reno Hale", 1)];

        EntityVictims.Apply(text, tokens, entities, figures);

        figures.Should().ContainSingle().Which.Victims.Mention.Should().Be(Mention.Named);
    }

    [Fact]
    public void Apply_NoEntities_LeavesTheNamedVictims()
    {
        (Token[] tokens, List<RawFigure> figures) = Read(Text);

        EntityVictims.Apply(Text, tokens, null, figures);

        figures.Select(f => f.Victims.Mention).Should().Equal(Mention.Named, Mention.Named);
    }

    private static (Token[] Tokens, List<RawFigure> Figures) Read(string text)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        List<RawFigure> figures = CasualtyExtractor.ReadFigures(text, tokens, SentenceSplitter.Split(text, tokens), out _)!;
        return (tokens, figures);
    }
}
