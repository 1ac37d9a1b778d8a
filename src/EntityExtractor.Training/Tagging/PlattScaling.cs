using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Tagging;

/// <summary>Fits <see cref="Calibration"/> (logistic regression on one input) by Newton's method, with Platt's smoothed targets.</summary>
internal static class PlattScaling
{
    public static Calibration Fit(IReadOnlyList<double> margins, IReadOnlyList<bool> correct)
    {
        ArgumentNullException.ThrowIfNull(margins);
        ArgumentNullException.ThrowIfNull(correct);
        int positives = correct.Count(c => c);
        int negatives = correct.Count - positives;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double a = 0, b = Math.Log((positives + 1.0) / (negatives + 1.0));
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < margins.Count; i++)
            {
                double x = margins[i];
                double t = correct[i] ? hi : lo;
                double p = 1.0 / (1.0 + Math.Exp(-((a * x) + b)));
                double d = p - t;
                double w = p * (1 - p);
                ga += d * x;
                gb += d;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }

            double det = (haa * hbb) - (hab * hab);
            if (Math.Abs(det) < 1e-12)
            {
                break;
            }

            double da = ((hbb * ga) - (hab * gb)) / det;
            double db = ((haa * gb) - (hab * ga)) / det;
            a -= da;
            b -= db;
            if (Math.Abs(da) < 1e-7 && Math.Abs(db) < 1e-7)
            {
                break;
            }
        }

        return new Calibration((float)a, (float)b);
    }
}
