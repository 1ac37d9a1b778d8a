using EntityExtractor.Training.Corpora;
using EntityExtractor.Training.Tagging;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training;

public sealed class EndToEndEvaluatorTests
{
    private const string Text = "Mira Kovac left Zagreb for Split.\nReuters";

    private static readonly ArticleText Article = new(Text,
    [
        new GoldSpan(0, 10, EntityType.Person),
        new GoldSpan(16, 22, EntityType.Location),
        new GoldSpan(27, 32, EntityType.Location),
        new GoldSpan(34, 41, EntityType.Organization),
    ]);

    private static Entity Found(EntityType type, int start, int end) => new(type, start, end, Text[start..end], 0.9);

    [Fact]
    public void Evaluate_PredictionsWithAWrongTypeAndAWrongBoundary_CountOnlyExactSpansOfTheRightType()
    {
        // Right: the person and Zagreb; wrong type: Split as an organization; wrong boundary: "Reut" for "Reuters".
        IReadOnlyList<Entity> Extract(string text) =>
        [
            Found(EntityType.Person, 0, 10),
            Found(EntityType.Location, 16, 22),
            Found(EntityType.Organization, 27, 32),
            Found(EntityType.Organization, 34, 38),
        ];

        var score = EndToEndEvaluator.Evaluate(Extract, [Article]);

        score.F1(EntityType.Person).Should().Be(1.0);
        score.F1(EntityType.Location).Should().BeApproximately(2.0 / 3.0, 1e-12); // P 1/1, R 1/2
        score.F1(EntityType.Organization).Should().Be(0.0);
        score.MicroF1.Should().BeApproximately(0.5, 1e-12); // 2 right of 4 predicted and 4 gold
    }

    [Fact]
    public void Evaluate_ScoresAsked_CollectsEachScoredEntitysScoreAndWhetherItWasRight()
    {
        IReadOnlyList<Entity> Extract(string text) =>
        [
            new(EntityType.Person, 0, 10, Text[0..10], 0.95),
            new(EntityType.Miscellaneous, 11, 15, Text[11..15], 0.5),
            new(EntityType.Organization, 27, 32, Text[27..32], 0.25),
        ];
        var scores = new List<double>();
        var correct = new List<bool>();

        EndToEndEvaluator.Evaluate(Extract, [Article], scores, correct);

        scores.Should().Equal(0.95, 0.25);
        correct.Should().Equal(true, false);
    }

    [Fact]
    public void Reliability_ScoresInTwoBins_ListsEachBinsMeanAndShareRightAndTheCalibrationError()
    {
        // Gaps between score and right, span by span within each bin: 0.8 (scored 0.2, right), 0.3 (scored 0.3, wrong),
        // 0.1 (two spans scored 1.9 in all, both right); 1.2 over 4 spans is 0.3. A score of 1 falls in the top bin.
        string table = ModelEvaluator.Reliability([0.2, 0.3, 0.9, 1.0], [true, false, true, true]);

        table.Split(Environment.NewLine).Should().Equal(
            "score bin   spans   mean  right",
            "[0.2,0.3)       1  0.200  1.000",
            "[0.3,0.4)       1  0.300  0.000",
            "[0.9,1.0)       2  0.950  1.000",
            "expected calibration error 0.3000 over 4 spans");
    }

    [Fact]
    public void Errors_MissAndFalseAlarm_AreListedWithTheirContextOnOneLine()
    {
        IReadOnlyList<Entity> Extract(string text) => [Found(EntityType.Person, 0, 10), Found(EntityType.Location, 16, 22), Found(EntityType.Location, 27, 32), Found(EntityType.Organization, 33, 41)];

        EndToEndEvaluator.Errors(Extract, [Article]).Should().Equal(
            "- Organization Mira Kovac left Zagreb for Split.|[Reuters]",
            "+ Organization Mira Kovac left Zagreb for Split.[|Reuters]");
    }
}
