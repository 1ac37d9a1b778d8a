using EntityExtractor.Recognition;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class EntityTaggerTests
{
    private const byte O = 0, BPer = 1, IPer = 2, BLoc = 5, Misc = BioLabels.Miscellaneous;

    [Fact]
    public void CollectSpans_ConsecutiveMiscTokens_AreOneMiscellaneousSpan()
    {
        var spans = new List<TaggedSpan>();

        EntityTagger.CollectSpans([Misc, Misc, O, BPer, IPer, Misc, BLoc], default, 10, spans);

        spans.Select(s => (s.FirstToken, s.EndToken, s.Type)).Should().Equal(
            (10, 12, EntityType.Miscellaneous),
            (13, 15, EntityType.Person),
            (15, 16, EntityType.Miscellaneous),
            (16, 17, EntityType.Location));
    }

    [Theory]
    [InlineData(Misc, IPer, false)]
    [InlineData(Misc, Misc, true)]
    [InlineData(BPer, Misc, true)]
    public void IsAllowed_MiscNeighbours_OnlyForbidsAContinuationOfAnotherType(int previous, int next, bool allowed)
    {
        BioLabels.IsAllowed(previous, next).Should().Be(allowed);
    }
}
