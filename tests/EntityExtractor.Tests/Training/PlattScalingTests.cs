using EntityExtractor.Training.Tagging;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training;

public sealed class PlattScalingTests
{
    [Fact]
    public void Fit_WiderMarginsRightMoreOften_GivesIncreasingProbabilitiesNearTheRates()
    {
        // Margin 0: right 1 time in 4; margin 10: 3 in 4; margin 20: always.
        var margins = new List<double>();
        var correct = new List<bool>();
        void Add(double margin, int right, int wrong)
        {
            for (int i = 0; i < right; i++)
            {
                margins.Add(margin);
                correct.Add(true);
            }

            for (int i = 0; i < wrong; i++)
            {
                margins.Add(margin);
                correct.Add(false);
            }
        }

        Add(0, 25, 75);
        Add(10, 75, 25);
        Add(20, 99, 1);

        var calibration = PlattScaling.Fit(margins, correct);

        calibration.A.Should().BePositive();
        calibration.Probability(0).Should().BeApproximately(0.25, 0.08);
        calibration.Probability(10).Should().BeApproximately(0.75, 0.08);
        calibration.Probability(20).Should().BeGreaterThan(0.9);
    }
}
