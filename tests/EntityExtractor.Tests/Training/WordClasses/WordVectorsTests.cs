using EntityExtractor.Training.WordClasses;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.WordClasses;

public sealed class WordVectorsTests
{
    [Fact]
    public void UnitVector_NonZeroVector_HasLengthOneAndSameDirection()
    {
        var vectors = new WordVectors(["a"], [3f, 4f], dimensions: 2, vocabularySize: 1);

        float[] unit = vectors.UnitVector(0);

        unit[0].Should().BeApproximately(0.6f, 1e-6f);
        unit[1].Should().BeApproximately(0.8f, 1e-6f);
    }

    [Fact]
    public void UnitVector_ZeroVector_StaysZero()
    {
        var vectors = new WordVectors(["a"], [0f, 0f], dimensions: 2, vocabularySize: 1);

        vectors.UnitVector(0).Should().Equal(0f, 0f);
    }

    [Fact]
    public void Constructor_WrongValueCount_ThrowsArgumentException()
    {
        var act = () => new WordVectors(["a", "b"], [1f, 2f, 3f], dimensions: 2, vocabularySize: 2);

        act.Should().Throw<ArgumentException>().WithParameterName("values");
    }
}
