using EntityExtractor.Casualties;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Casualties;

public sealed class CasualtyLexiconTests
{
    [Theory]
    [InlineData("man", 1)]
    [InlineData("men", 2)]
    [InlineData("people", 2)]
    [InlineData("Palestinians", 2)]
    [InlineData("Israeli", 1)]
    [InlineData("headmaster", 1)]
    [InlineData("herders", 2)]
    [InlineData("waitress", 1)]
    [InlineData("someone", 1)]
    [InlineData("sons-in-law", 2)]
    [InlineData("HERDER", 1)]
    public void PersonNouns_KnownNoun_HasItsGrammaticalNumber(string word, byte number)
    {
        CasualtyLexicon.PersonNouns.TryGetValue(word, out byte found).Should().BeTrue();
        found.Should().Be(number);
    }

    [Theory]
    [InlineData("building")]
    [InlineData("rocket")]
    [InlineData("spokeswoman")]
    public void PersonNouns_OtherNoun_IsNotThere(string word)
    {
        CasualtyLexicon.PersonNouns.ContainsKey(word).Should().BeFalse();
    }
}
