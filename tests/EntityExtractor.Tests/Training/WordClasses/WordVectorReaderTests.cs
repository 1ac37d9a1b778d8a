using System.Text;
using EntityExtractor.Training.WordClasses;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training.WordClasses;

public sealed class WordVectorReaderTests
{
    // Same shape as wink-embeddings: vectors carry two extra numbers (norm, index) after the components,
    // and "vectors" lists the words in another order than "words".
    private const string Sample = """
        {"precision":8,"dimensions":3,"words":["the","\"","attack","zebra"],
         "vectors":{"attack":[0,1,0,1,2],"the":[1,0,0,1,0],"\"":[0.5,0.5,0,0.7,1],"zebra":[0,0,2,2,3]},
         "unkVector":[0,0,0,-1]}
        """;

    private static WordVectors Read(string json, int maxWords, int bufferSize = 1 << 20) =>
        WordVectorReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), maxWords, bufferSize);

    [Fact]
    public void Read_MaxWordsBelowVocabulary_KeepsFirstWordsInVocabularyOrder()
    {
        var vectors = Read(Sample, maxWords: 3);

        vectors.Words.Should().Equal("the", "\"", "attack");
        vectors.Dimensions.Should().Be(3);
        vectors.VocabularySize.Should().Be(4);
        vectors[0].ToArray().Should().Equal(1f, 0f, 0f);
        vectors[1].ToArray().Should().Equal(0.5f, 0.5f, 0f);
        vectors[2].ToArray().Should().Equal(0f, 1f, 0f);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(64)]
    public void Read_TinyBuffer_GivesSameResultAsOneBuffer(int bufferSize)
    {
        var whole = Read(Sample, maxWords: 10);

        var pieces = Read(Sample, maxWords: 10, bufferSize);

        pieces.Words.Should().Equal(whole.Words);
        for (int i = 0; i < whole.Count; i++)
        {
            pieces[i].ToArray().Should().Equal(whole[i].ToArray());
        }
    }

    [Fact]
    public void Read_WordWithoutVector_IsDropped()
    {
        const string json = """{"dimensions":2,"words":["a","b","c"],"vectors":{"a":[1,2],"c":[3,4]}}""";

        var vectors = Read(json, maxWords: 3);

        vectors.Words.Should().Equal("a", "c");
        vectors[1].ToArray().Should().Equal(3f, 4f);
    }

    [Fact]
    public void Read_NoDimensions_ThrowsInvalidDataException()
    {
        const string json = """{"words":["a"],"vectors":{"a":[1,2]}}""";

        var act = () => Read(json, maxWords: 1);

        act.Should().Throw<InvalidDataException>().WithMessage("*dimensions*");
    }

    [Fact]
    public void Read_VectorShorterThanDimensions_ThrowsInvalidDataException()
    {
        const string json = """{"dimensions":3,"words":["a"],"vectors":{"a":[1,2]}}""";

        var act = () => Read(json, maxWords: 1);

        act.Should().Throw<InvalidDataException>().WithMessage("*\"a\"*2 numbers*");
    }

    [Fact]
    public void Read_TruncatedJson_ThrowsInvalidDataException()
    {
        var act = () => Read(Sample[..60], maxWords: 2);

        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Read_NullStream_ThrowsArgumentNullException()
    {
        var act = () => WordVectorReader.Read(null!, 10);

        act.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }
}
