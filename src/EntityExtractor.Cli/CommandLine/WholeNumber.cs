using System.CommandLine;
using System.Globalization;

namespace EntityExtractor.Cli.CommandLine;

/// <summary>Options that take a whole number within bounds.</summary>
internal static class WholeNumber
{
    /// <summary>
    /// An option read as a whole number from 1 to <paramref name="max"/>, written with digits only ("+5", "5.0" and "0"
    /// are errors that name the option); <see langword="null"/> when it is not given.
    /// </summary>
    public static Option<int?> Option(string name, string description, int max = int.MaxValue)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "N" };
        option.CustomParser = result =>
        {
            string token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0 && value <= max)
            {
                return value;
            }

            result.AddError($"{name} needs a whole number from 1 to {max}, not '{token}'.");
            return null;
        };
        return option;
    }
}
