using EntityExtractor.Training.Casualties;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training;

public sealed class IncidentCorpusFoldsTests
{
    [Fact]
    public void FoldOf_NoSeed_GivesPositionModFolds()
    {
        IncidentCorpus.FoldOf(7, 3, null).Should().Equal(0, 1, 2, 0, 1, 2, 0);
    }

    [Fact]
    public void FoldOf_Seed_GivesEveryFoldItsShareAndTheSameFoldsEachTime()
    {
        int[] folds = IncidentCorpus.FoldOf(103, 5, 7);

        folds.GroupBy(f => f).OrderBy(g => g.Key).Select(g => g.Count()).Should().Equal(21, 21, 21, 20, 20);
        IncidentCorpus.FoldOf(103, 5, 7).Should().Equal(folds);
        folds.Should().NotEqual(IncidentCorpus.FoldOf(103, 5, null));
    }

    [Fact]
    public void FoldOf_OneFold_Throws()
    {
        Action fold = () => IncidentCorpus.FoldOf(10, 1, null);

        fold.Should().Throw<ArgumentOutOfRangeException>();
    }
}
