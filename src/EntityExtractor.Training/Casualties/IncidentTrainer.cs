using EntityExtractor.Casualties.Incidents;

namespace EntityExtractor.Training.Casualties;

/// <summary>
/// Trains the incident model: L2-regularized logistic regression on the distant targets of the figures of labeled
/// articles, full-batch gradient descent with AdaGrad steps from zero weights, so the same articles give the same
/// weights on every machine.
/// </summary>
internal static class IncidentTrainer
{
    public static IncidentModel Train(IEnumerable<PreparedArticle> articles, int iterations = 400, double l2 = 1.0, double rate = 0.5)
    {
        var rows = new List<float[]>();
        var targets = new List<float>();
        foreach (PreparedArticle article in articles)
        {
            if (article.Targets is not { } articleTargets)
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
                rows.Add(row);
                targets.Add(articleTargets[f]);
            }
        }

        int n = IncidentFeatures.Count;
        var weights = new double[n];
        var gradient = new double[n];
        var squares = new double[n];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            for (int i = 0; i < rows.Count; i++)
            {
                float[] row = rows[i];
                double z = 0;
                for (int j = 0; j < n; j++)
                {
                    z += weights[j] * row[j];
                }

                double error = ((1 / (1 + Math.Exp(-z))) - targets[i]);
                for (int j = 0; j < n; j++)
                {
                    gradient[j] += error * row[j];
                }
            }

            for (int j = 0; j < n; j++)
            {
                double g = (gradient[j] + (j == 0 ? 0 : l2 * weights[j])) / Math.Max(1, rows.Count);
                squares[j] += g * g;
                weights[j] -= rate * g / (Math.Sqrt(squares[j]) + 1e-8);
            }
        }

        return new IncidentModel(weights.Select(w => (float)w).ToArray());
    }
}
