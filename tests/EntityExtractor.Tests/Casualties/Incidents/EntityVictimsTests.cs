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
    [InlineData((int)EntityType.Location, (int)Mention.Definite)]
    [InlineData((int)EntityType.Organization, (int)Mention.Definite)]
    [InlineData((int)EntityType.Person, (int)Mention.Named)]
    public void Apply_NameInsideAnEntity_IsAPersonOnlyWhenTheRecognizerSaysSo(int type, int expected)
    {
        (Token[] tokens, List<RawFigure> figures) = Read();
        Entity[] entities = [new((EntityType)type, 0, 6, "Harlan", 1)];

        EntityVictims.Apply(tokens, entities, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(figures));

        figures.Select(f => f.Victims.Mention).Should().Equal((Mention)expected, Mention.Named);
    }

    [Fact]
    public void Apply_NoEntities_LeavesTheNamedVictims()
    {
        (Token[] tokens, List<RawFigure> figures) = Read();

        EntityVictims.Apply(tokens, null, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(figures));

        figures.Select(f => f.Victims.Mention).Should().Equal(Mention.Named, Mention.Named);
    }

    private static (Token[] Tokens, List<RawFigure> Figures) Read()
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(Text);
        List<RawFigure> figures = CasualtyExtractor.ReadFigures(Text, tokens, SentenceSplitter.Split(Text, tokens), out _)!;
        return (tokens, figures);
    }
}
