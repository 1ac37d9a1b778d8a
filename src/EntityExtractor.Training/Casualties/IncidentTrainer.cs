using EntityExtractor.Casualties.Incidents;

namespace EntityExtractor.Training.Casualties;

/// <summary>
/// Trains the incident model: for each kind of change, L2-regularized logistic regression of "this change makes the
/// summary give the coded counts" over the changes of the usable articles (those the rules or one change get right),
/// full-batch gradient descent with AdaGrad steps from zero weights, so the same articles give the same weights on
/// every machine.
/// </summary>
internal static class IncidentTrainer
{
    private const int Iterations = 400;
    private const double L2 = 1.0;
    private const double Rate = 0.5;

    public static IncidentModel Train(IEnumerable<PreparedArticle> articles)
    {
        var examples = new List<ChangeExample>[IncidentChanges.Kinds];
        for (int k = 0; k < examples.Length; k++)
        {
            examples[k] = [];
        }

        foreach (PreparedArticle article in articles)
        {
            if (article.Usable)
            {
                foreach (ChangeExample change in article.Changes)
                {
                    examples[(int)change.Kind].Add(change);
                }
            }
        }

        var weights = new float[IncidentChanges.Kinds * IncidentChanges.Dimension];
        for (int k = 0; k < examples.Length; k++)
        {
            Fit(examples[k]).CopyTo(weights, k * IncidentChanges.Dimension);
        }

        return new IncidentModel(weights);
    }

    private static float[] Fit(List<ChangeExample> examples)
    {
        int n = IncidentChanges.Dimension;
        var weights = new double[n];
        var gradient = new double[n];
        var squares = new double[n];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            foreach (ChangeExample example in examples)
            {
                float[] row = example.Features;
                double z = 0;
                for (int j = 0; j < n; j++)
                {
                    z += weights[j] * row[j];
                }

                double error = (1 / (1 + Math.Exp(-z))) - (example.Fixes ? 1 : 0);
                for (int j = 0; j < n; j++)
                {
                    gradient[j] += error * row[j];
                }
            }

            for (int j = 0; j < n; j++)
            {
                double g = (gradient[j] + (j == (int)IncidentFeature.Bias ? 0 : L2 * weights[j])) / Math.Max(1, examples.Count);
                squares[j] += g * g;
                weights[j] -= Rate * g / (Math.Sqrt(squares[j]) + 1e-8);
            }
        }

        return weights.Select(w => (float)w).ToArray();
    }
}
