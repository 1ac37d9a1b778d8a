using EntityExtractor.Casualties.Incidents;

namespace EntityExtractor.Training.Casualties;

/// <summary>
/// Trains the incident model's two parts: L2-regularized logistic regression on the distant targets of the figures
/// of labeled articles (the lead model on every figure, the new-victim model on the single victims of the lead),
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
        var lead = new List<(float[] Row, float Target)>();
        var fresh = new List<(float[] Row, float Target)>();
        foreach (PreparedArticle article in articles)
        {
            if (article.Targets is not { } leadTargets || article.NewTargets is not { } newTargets)
            {
                continue;
            }

            for (int f = 0; f < article.Figures.Count; f++)
            {
                if (article.Figures[f].Kind == CasualtyKind.Arrested)
                {
                    continue;
                }

                float[] row = article.Rows.AsSpan(f * IncidentFeatures.Count, IncidentFeatures.Count).ToArray();
                lead.Add((row, leadTargets[f]));
                if (row[(int)IncidentFeature.SingleVictim] != 0 && leadTargets[f] >= 0.5f)
                {
                    fresh.Add((row, newTargets[f]));
                }
            }
        }

        return new IncidentModel(Fit(lead), Fit(fresh));
    }

    private static float[] Fit(List<(float[] Row, float Target)> examples)
    {
        int n = IncidentFeatures.Count;
        var weights = new double[n];
        var gradient = new double[n];
        var squares = new double[n];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            foreach ((float[] row, float target) in examples)
            {
                double z = 0;
                for (int j = 0; j < n; j++)
                {
                    z += weights[j] * row[j];
                }

                double error = (1 / (1 + Math.Exp(-z))) - target;
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
