using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Robustness;

/// <summary>Counts stay within [0, one billion] however a text piles them up.</summary>
public sealed class OverflowTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    [Fact]
    public void Summary_ThreeFiguresOfEightHundredMillion_SaturatesAtOneBillion()
    {
        const string text = "800,000,000 people were killed and 800,000,000 others were killed and 800,000,000 others were killed.";

        var result = Extractor.Extract(text);

        result.Casualties.Select(f => (f.Kind, f.Count)).Should().Equal(
            (CasualtyKind.Killed, 800_000_000), (CasualtyKind.Killed, 800_000_000), (CasualtyKind.Killed, 800_000_000));
        result.Summary.Killed.Should().Be(1_000_000_000);
    }

    [Theory]
    [InlineData("Gunmen killed 800,000,000 soldiers, 800,000,000 civilians and 800,000,000 children.")]
    [InlineData("800,000,000 soldiers, 800,000,000 civilians and 800,000,000 children were killed.")]
    public void Extract_ListOfHugeCounts_OneFigureSaturatedAtOneBillion(string text)
    {
        var result = Extractor.Extract(text);

        result.Casualties.Should().ContainSingle().Which.Count.Should().Be(1_000_000_000);
        result.Summary.Killed.Should().Be(1_000_000_000);
    }

    [Theory]
    [InlineData("Ninety-nine million dozen people died.")]
    [InlineData("Two thousand million people died.")]
    [InlineData("A hundred hundred hundred hundred hundred hundred hundred billion people died.")]
    public void Extract_NumberWordsPastOneBillion_AreNoCount(string text)
    {
        var result = Extractor.Extract(text);

        result.Casualties.Should().BeEmpty();
        result.Summary.Should().Be(CasualtySummary.None);
    }

    [Theory]
    [InlineData("Eighty-three million dozen people died.", 996_000_000)]
    [InlineData("A thousand million people died.", 1_000_000_000)]
    [InlineData("One million two thousand people died.", 1_002_000)]
    public void Extract_LargeNumberWords_CountExactly(string text, int expected)
    {
        var result = Extractor.Extract(text);

        result.Casualties.Should().ContainSingle().Which.Count.Should().Be(expected);
        result.Summary.Killed.Should().Be(expected);
    }
}
