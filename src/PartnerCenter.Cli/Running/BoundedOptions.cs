using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PartnerCenter.Cli;

/// <summary>
/// Numeric options whose parser checks the range too, so that a bad value is a usage error naming the option
/// (not a message about a library setting the user never saw).
/// </summary>
internal static class BoundedOptions
{
    public static Option<int> Count(string name, string description, int defaultValue, int minimum, int maximum) =>
        new(name)
        {
            Description = description,
            HelpName = "n",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => Parse(result, minimum, maximum, "a whole number", text =>
                int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null),
        };

    public static Option<double> Seconds(string name, string description, TimeSpan defaultValue, double minimum, double maximum) =>
        new(name)
        {
            Description = description,
            HelpName = "seconds",
            DefaultValueFactory = _ => defaultValue.TotalSeconds,
            CustomParser = result => Parse(result, minimum, maximum, "a number of seconds", text =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null),
        };

    private static T Parse<T>(ArgumentResult result, T minimum, T maximum, string what, Func<string, T?> parse)
        where T : struct, IComparable<T>
    {
        var name = result.Parent is OptionResult option ? option.Option.Name : "the value";
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(token => token.Value));
        if (parse(text) is not { } value)
        {
            result.AddError($"{name} must be {what}, not '{text}'.");
            return default;
        }

        if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be from {minimum} to {maximum}, not {text}."));
            return default;
        }

        return value;
    }
}
