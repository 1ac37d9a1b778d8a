using EntityExtractor.Recognition;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class NameEdgesTests
{
    /// <summary>Trims a span given as its text's first occurrence and returns the text left.</summary>
    private static string Trim(string text, string name)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        var units = LineUnitsTests.Units(text, tokens);
        int start = text.IndexOf(name, StringComparison.Ordinal);
        int first = Array.FindIndex(tokens, t => t.Start == start);
        int end = Array.FindIndex(tokens, t => t.End == start + name.Length) + 1;
        var spans = new List<TaggedSpan> { new(first, end, EntityType.Organization, 1f) };

        NameEdges.TrimLeadingWords(text, tokens, units, spans);

        return text[tokens[spans[0].FirstToken].Start..tokens[spans[0].EndToken - 1].End];
    }

    [Theory]
    [InlineData("The Republic of Elbonia signed the accord.", "The Republic of Elbonia", "Republic of Elbonia")]
    [InlineData("Talks ended.\nThe Marlowe Arts Foundation said so.", "The Marlowe Arts Foundation", "Marlowe Arts Foundation")]
    [InlineData("A Kestrel Valley council spokesman resigned.", "A Kestrel Valley", "Kestrel Valley")]
    public void TrimLeadingWords_CapitalizedDeterminerWhereALineStarts_LeavesItOut(string text, string tagged, string expected)
    {
        Trim(text, tagged).Should().Be(expected);
    }

    [Theory]
    [InlineData("She joined the Marlowe Arts Foundation in May.", "the Marlowe Arts Foundation", "Marlowe Arts Foundation")]
    [InlineData("Observers from the Republic of Elbonia left.", "the Republic of Elbonia", "Republic of Elbonia")]
    public void TrimLeadingWords_LowerCaseDeterminer_LeavesItOut(string text, string tagged, string expected)
    {
        Trim(text, tagged).Should().Be(expected);
    }

    [Theory]
    [InlineData("She joined The Marlowe Arts Foundation in May.", "The Marlowe Arts Foundation")]
    [InlineData("The Hague will host the talks.", "The Hague")]
    [InlineData("The Elmstead Evening Herald reported the fire.", "The Elmstead Evening Herald")]
    public void TrimLeadingWords_TheThatBelongsToTheName_KeepsIt(string text, string tagged)
    {
        Trim(text, tagged).Should().Be(tagged);
    }

    [Theory]
    [InlineData("The Dallas-based Kestrel Corp said so.", "Dallas-based Kestrel Corp", "Kestrel Corp")]
    [InlineData("A Calif.-based Marlowe Trust unit was sold.", "Calif.-based Marlowe Trust", "Marlowe Trust")]
    [InlineData("The U.S.-led Elbonia Mission ended.", "U.S.-led Elbonia Mission", "Elbonia Mission")]
    [InlineData("Fans of Kestrel-Marlowe United cheered.", "Kestrel-Marlowe United", "Kestrel-Marlowe United")]
    public void TrimLeadingWords_LeadingCompoundEndingInLowerCase_LeavesItOut(string text, string tagged, string expected)
    {
        Trim(text, tagged).Should().Be(expected);
    }

    [Fact]
    public void TrimLeadingWords_LeadingYear_LeavesItOut()
    {
        Trim("Veterans of the 1984 Harbour Strike met.", "1984 Harbour Strike").Should().Be("Harbour Strike");
    }

    [Fact]
    public void TrimLeadingWords_NumberThatIsNotARecentYear_KeepsIt()
    {
        Trim("Fans of 1871 Kestrel cheered.", "1871 Kestrel").Should().Be("1871 Kestrel");
    }

    [Fact]
    public void TrimLeadingWords_OneWordSpans_AreNeverEmptied()
    {
        Trim("The committee met.", "The").Should().Be("The");
    }

    /// <summary>Widens an organization given as its text's first occurrence and returns the text it then covers.</summary>
    private static string TakeIn(string text, string name)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        int start = text.IndexOf(name, StringComparison.Ordinal);
        int first = Array.FindIndex(tokens, t => t.Start == start);
        int end = Array.FindIndex(tokens, t => t.End == start + name.Length) + 1;
        var spans = new List<TaggedSpan> { new(first, end, EntityType.Organization, 1f) };

        NameEdges.TakeInPublicationThe(text, tokens, spans);

        return text[tokens[spans[0].FirstToken].Start..tokens[spans[0].EndToken - 1].End];
    }

    [Theory]
    [InlineData("The Elmstead Evening Herald reported the fire.", "Elmstead Evening Herald", "The Elmstead Evening Herald")]
    [InlineData("The fire was reported by The Kestrel Times on Monday.", "Kestrel Times", "The Kestrel Times")]
    [InlineData("THE KESTREL TIMES", "KESTREL TIMES", "THE KESTREL TIMES")]
    public void TakeInPublicationThe_CapitalTheBeforeAPublication_IsPartOfItsName(string text, string tagged, string expected)
    {
        TakeIn(text, tagged).Should().Be(expected);
    }

    [Theory]
    [InlineData("The fire was reported by the Kestrel Times on Monday.", "Kestrel Times")]
    [InlineData("The Marlowe Arts Foundation said so.", "Marlowe Arts Foundation")]
    public void TakeInPublicationThe_LowerCaseTheOrNoPublication_LeavesTheNameAlone(string text, string tagged)
    {
        TakeIn(text, tagged).Should().Be(tagged);
    }

    [Theory]
    [InlineData("( Reporting by Mira Kovac ; Editing by Tomas Verl )", 2)]
    [InlineData("(Writing by Anna Lind)", 1)]
    public void DropCreditWords_CreditLineOpeningWordBeforeBy_RemovesItsSpanOnly(string text, int namesLeft)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        var spans = new List<TaggedSpan>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (char.IsUpper(text[tokens[i].Start]))
            {
                bool pair = i + 1 < tokens.Length && char.IsUpper(text[tokens[i + 1].Start]);
                spans.Add(new TaggedSpan(i, pair ? i + 2 : i + 1, pair ? EntityType.Person : EntityType.Organization, 1f));
                i += pair ? 1 : 0;
            }
        }

        NameEdges.DropCreditWords(text, tokens, spans);

        spans.Should().HaveCount(namesLeft).And.OnlyContain(s => s.Type == EntityType.Person);
    }

    [Fact]
    public void DropCreditWords_CreditWordEndingAName_IsCutFromTheName()
    {
        const string text = "( Reporting by Mira Kovac Editing by Tomas Verl )";
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        var spans = new List<TaggedSpan> { new(3, 6, EntityType.Person, 1f), new(7, 9, EntityType.Person, 1f) };

        NameEdges.DropCreditWords(text, tokens, spans);

        spans.Select(s => text[tokens[s.FirstToken].Start..tokens[s.EndToken - 1].End]).Should().Equal("Mira Kovac", "Tomas Verl");
    }
}
