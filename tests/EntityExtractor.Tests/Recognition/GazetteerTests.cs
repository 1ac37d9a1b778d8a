using EntityExtractor.Recognition;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class GazetteerTests
{
    private static readonly string[][] Phrases =
    [
        ["new", "york"],
        ["new", "york", "stock", "exchange"],
        ["gaza"],
        ["port", "of", "spain"],
    ];

    private static readonly byte[] Kinds = [1, 4, 1, 1];

    private static Gazetteer Plain() =>
        new([.. Phrases.Select(p => Gazetteer.KeyOf(p))], Kinds, 4);

    private static Gazetteer WithPrefixes()
    {
        var keys = Phrases.Select(p => Gazetteer.KeyOf(p)).ToHashSet();
        uint[] prefixes = [.. Phrases.SelectMany(p => Enumerable.Range(1, p.Length - 1).Select(n => Gazetteer.KeyOf(p[..n]))).Distinct().Where(k => !keys.Contains(k))];
        return Plain().WithPrefixes(prefixes);
    }

    private static uint[] Mark(Gazetteer gazetteer, string text)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        var marks = new uint[tokens.Length];
        gazetteer.Mark(text, tokens, marks);
        return marks;
    }

    [Theory]
    [InlineData("Shares fell on the New York Stock Exchange, and New York police said Port of Spain and Gaza were calm.")]
    [InlineData("New York Stock prices fell in New York.")]
    [InlineData("Port of Gaza, the new port, opened.")]
    [InlineData("")]
    public void Mark_WithPrefixes_MarksTheSameAsTryingEveryLength(string text)
    {
        Mark(WithPrefixes(), text).Should().Equal(Mark(Plain(), text));
    }

    [Fact]
    public void Mark_LongestPhrase_MarksItsFirstTokenAndTheRestAsContinuing()
    {
        uint[] marks = Mark(WithPrefixes(), "On the New York Stock Exchange today");

        marks.Should().Equal(0u, 0u, 4u, 4u << 8, 4u << 8, 4u << 8, 0u);
    }

    [Fact]
    public void Read_WrittenModelWithPrefixes_KeepsThem()
    {
        var stage = new LinearStage([7], [1, 2, 3, 4, 5, 6, 7, 8], 0.5f, new float[ViterbiDecoder.TransitionCount]);
        var gazetteer = WithPrefixes();
        var model = new TaggerModel(FeatureSet.Lexical | FeatureSet.Gazetteers, stage, null, null, gazetteer, new Calibration(1, 0));

        var read = TaggerModel.Read(model.Write());

        read.Gazetteer!.Prefixes.Should().Equal(gazetteer.Prefixes);
        read.Gazetteer.Keys.Should().Equal(gazetteer.Keys);
        read.Gazetteer.Kinds.Should().Equal(Kinds);
        Mark(read.Gazetteer, "in Port of Spain").Should().Equal(0u, 1u, 1u << 8, 1u << 8);
    }
}
