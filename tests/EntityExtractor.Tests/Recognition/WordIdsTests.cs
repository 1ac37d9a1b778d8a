using EntityExtractor.Recognition;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class WordIdsTests
{
    private static (int Distinct, int[] Ids) Assign(string text)
    {
        var tokens = NewsTokenizer.TokenizeToArray(text);
        var ids = new int[tokens.Length];
        int distinct = WordIds.Assign(text, tokens, ids);
        return (distinct, ids);
    }

    [Fact]
    public void Assign_SameWordInAnyCase_GetsOneIdNumberedInOrderOfFirstSight()
    {
        var (distinct, ids) = Assign("Jordan said JORDAN and jordan said");

        distinct.Should().Be(3);
        ids.Should().Equal(0, 1, 0, 2, 0, 1);
    }

    [Fact]
    public void Assign_ThousandsOfDistinctWords_GivesEachItsOwnDenseId()
    {
        string text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"w{i}")) + " w0 w4999";

        var (distinct, ids) = Assign(text);

        distinct.Should().Be(5000);
        ids.Take(5000).Should().Equal(Enumerable.Range(0, 5000));
        ids.Skip(5000).Should().Equal(0, 4999);
    }

    [Fact]
    public void Assign_NoTokens_ReturnsZero()
    {
        Assign(string.Empty).Distinct.Should().Be(0);
    }
}
