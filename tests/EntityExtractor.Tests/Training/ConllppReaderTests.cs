using EntityExtractor.Training.Corpora;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training;

public sealed class ConllppReaderTests
{
    [Fact]
    public void Read_TokensWithOffsets_RebuildsTheTextWithSpacesInsideAndNewlinesBetweenSentences()
    {
        const string text = """
            -DOCSTART- - - O

            Mira 10 14 I-PER
            Kovac 15 20 I-PER
            left 22 26 O
            Zagreb 27 33 I-LOC
            . 33 34 O

            Reuters 36 43 I-ORG

            -DOCSTART- - - O

            Basra 5 10 I-LOC
            """;

        var articles = ConllppReader.Read(new StringReader(text));

        articles.Should().HaveCount(2);
        articles[0].Article.Text.Should().Be("Mira Kovac  left Zagreb.\n\nReuters");
        articles[0].Article.Entities.Should().Equal(
            new GoldSpan(0, 10, EntityType.Person),
            new GoldSpan(17, 23, EntityType.Location),
            new GoldSpan(26, 33, EntityType.Organization));
        articles[0].Labeled.Sentences.Should().HaveCount(2);
        articles[0].Labeled.Sentences[0].Words.Should().Equal("Mira", "Kovac", "left", "Zagreb", ".");
        articles[1].Article.Text.Should().Be("Basra");
        articles[1].Article.Entities.Should().Equal(new GoldSpan(0, 5, EntityType.Location));
    }

    [Fact]
    public void Read_OffsetsThatDoNotMatchTheWord_ThrowsInvalidDataWithTheLine()
    {
        var act = () => ConllppReader.Read(new StringReader("-DOCSTART- - - O\n\nBasra 0 4 I-LOC\n"), "sample");

        act.Should().Throw<InvalidDataException>().WithMessage("*sample:3*Basra 0 4*");
    }

    [Fact]
    public void FromTokens_ConllDocument_JoinsTokensBySpacesAndSentencesByNewlines()
    {
        var document = new LabeledDocument(
        [
            new LabeledSentence(["NIKOLA", "TESLA", "WINS"], ConllReader.FromIob1(["I-PER", "I-PER", "O"])),
            new LabeledSentence(["OSLO", "1996-08-22"], ConllReader.FromIob1(["I-LOC", "O"])),
        ]);

        var article = ArticleText.FromTokens(document);

        article.Text.Should().Be("NIKOLA TESLA WINS\nOSLO 1996-08-22");
        article.Entities.Should().Equal(new GoldSpan(0, 12, EntityType.Person), new GoldSpan(18, 22, EntityType.Location));
    }
}
