using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training;

public sealed class ConllReaderTests
{
    private static string[] Names(IReadOnlyList<byte> labels) => labels.Select(l => BioLabels.Name(l)).ToArray();

    [Fact]
    public void Read_ConllFile_SplitsDocumentsAndSentencesAndConvertsIob1ToBio()
    {
        const string text = """
            -DOCSTART- -X- O O

            Hadi NNP I-NP I-PER
            Ameri NNP I-NP I-PER
            met VBD I-VP O
            Sudani NNP I-NP I-PER
            . . O O

            Kurdish JJ I-NP I-MISC
            forces NNS I-NP O
            left VBD I-VP O
            Erbil NNP I-NP I-LOC

            -DOCSTART- -X- O O

            Reuters NNP I-NP I-ORG
            """;

        var documents = ConllReader.Read(new StringReader(text));

        documents.Should().HaveCount(2);
        documents[0].Sentences.Should().HaveCount(2);
        documents[0].Sentences[0].Words.Should().Equal("Hadi", "Ameri", "met", "Sudani", ".");
        Names(documents[0].Sentences[0].Labels).Should().Equal("B-PER", "I-PER", "O", "B-PER", "O");
        Names(documents[0].Sentences[1].Labels).Should().Equal("MISC", "O", "O", "B-LOC");
        Names(documents[1].Sentences[0].Labels).Should().Equal("B-ORG");
    }

    [Fact]
    public void FromIob1_BTagBetweenTwoEntitiesOfOneType_StartsASecondEntity()
    {
        var labels = ConllReader.FromIob1(["I-LOC", "I-LOC", "B-LOC", "I-LOC", "O", "I-ORG", "I-PER"]);

        Names(labels).Should().Equal("B-LOC", "I-LOC", "B-LOC", "I-LOC", "O", "B-ORG", "B-PER");
    }

    [Fact]
    public void FromIob1_MiscBeforeLocation_KeepsMiscAsItsOwnLabelAndBeginsTheLocation()
    {
        var labels = ConllReader.FromIob1(["I-MISC", "I-MISC", "I-LOC"]);

        Names(labels).Should().Equal("MISC", "MISC", "B-LOC");
    }

    [Fact]
    public void Read_WikigoldTwoColumnsWithDocstartAfterEachArticle_ReadsBoth()
    {
        const string text = "Basra I-LOC\nport O\n\n-DOCSTART- O\n\nMosul I-LOC\n\n-DOCSTART- O\n";

        var documents = ConllReader.Read(new StringReader(text));

        documents.Should().HaveCount(2);
        Names(documents[1].Sentences[0].Labels).Should().Equal("B-LOC");
    }

    [Fact]
    public void Read_UnknownTag_ThrowsInvalidDataWithTheLine()
    {
        var act = () => ConllReader.Read(new StringReader("Basra NNP I-NP X-LOC\n"), "sample");

        act.Should().Throw<InvalidDataException>().WithMessage("*sample:1*X-LOC*");
    }
}
