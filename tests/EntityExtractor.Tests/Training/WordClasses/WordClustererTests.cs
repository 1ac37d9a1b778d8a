using EntityExtractor.Training.WordClasses;
using FluentAssertions;
using Microsoft.ML.Trainers;
using Xunit;

namespace EntityExtractor.Tests.Training.WordClasses;

public sealed class WordClustererTests
{
    // Two tight groups of unit vectors around the x axis and around the y axis.
    private static readonly float[][] TwoGroups =
    [
        [1f, 0.05f], [0.99f, -0.05f], [1f, 0.02f], [0.98f, 0.1f],
        [0.05f, 1f], [-0.05f, 0.99f], [0.02f, 1f], [0.1f, 0.98f],
    ];

    private static int[] Cluster(float[][] vectors, int clusters) =>
        new WordClusterer(seed: 1, maxIterations: 20, KMeansTrainer.InitializationAlgorithm.Random, evaluate: false, TextWriter.Null)
            .Cluster(vectors, dimensions: 2, clusters);

    [Fact]
    public void Cluster_TwoSeparatedGroups_PutsEachGroupInOneCluster()
    {
        int[] assignments = Cluster(TwoGroups, 2);

        assignments.Take(4).Distinct().Should().ContainSingle();
        assignments.Skip(4).Distinct().Should().ContainSingle();
        assignments[0].Should().NotBe(assignments[4]);
        assignments.Should().OnlyContain(a => a == 0 || a == 1);
    }

    [Fact]
    public void Cluster_SameInputTwice_GivesSameAssignments()
    {
        Cluster(TwoGroups, 3).Should().Equal(Cluster(TwoGroups, 3));
    }

    [Fact]
    public void Cluster_FewerVectorsThanClusters_ThrowsArgumentException()
    {
        var act = () => Cluster(TwoGroups, 9);

        act.Should().Throw<ArgumentException>();
    }
}
