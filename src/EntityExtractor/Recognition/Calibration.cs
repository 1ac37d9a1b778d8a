namespace EntityExtractor.Recognition;

/// <summary>
/// Platt scaling from a span's decoding margin to the probability that the span and its type are right:
/// <c>p = 1 / (1 + exp(-(A·margin + B)))</c>, fitted on development data by the trainer.
/// </summary>
/// <param name="A">Slope.</param>
/// <param name="B">Intercept.</param>
internal readonly record struct Calibration(float A, float B)
{
    public double Probability(double margin)
    {
        double p = 1.0 / (1.0 + Math.Exp(-((A * margin) + B)));
        return double.IsFinite(p) ? Math.Clamp(p, 0, 1) : 0.5;
    }
}
