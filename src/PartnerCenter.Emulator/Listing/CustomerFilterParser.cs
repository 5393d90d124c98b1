using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace PartnerCenter.Emulator.Listing;

/// <summary>
/// Reads the <c>filter</c> query parameter: the JSON text <c>{"Field":"CompanyName","Value":"Cont","Operator":"starts_with"}</c>.
/// Strict about what the spec says must be written as shown (the capitalised member names, the field and operator
/// values), so a client that writes them otherwise learns it here rather than from the real service.
/// </summary>
internal static class CustomerFilterParser
{
    public static bool TryParse(string text, [NotNullWhen(true)] out CustomerFilter? filter, [NotNullWhen(false)] out string? problem)
    {
        filter = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            problem = "The filter must be a JSON object such as {\"Field\":\"CompanyName\",\"Value\":\"Cont\",\"Operator\":\"starts_with\"}.";
            return false;
        }

        using (document)
        {
            problem = Read(document.RootElement, out filter);
            return problem is null;
        }
    }

    private static string? Read(JsonElement root, out CustomerFilter? filter)
    {
        filter = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The filter must be a JSON object with the members Field, Value and Operator.";
        }

        CustomerSearchField? field = TryGetString(root, "Field", out var fieldText)
            ? fieldText switch
            {
                "CompanyName" => CustomerSearchField.CompanyName,
                "Domain" => CustomerSearchField.Domain,
                "IndirectReseller" => CustomerSearchField.IndirectReseller,
                "IndirectCloudSolutionProvider" => CustomerSearchField.IndirectCloudSolutionProvider,
                _ => null,
            }
            : null;
        if (field is null)
        {
            return "The filter's Field must be CompanyName, Domain, IndirectReseller or IndirectCloudSolutionProvider.";
        }

        if (!TryGetString(root, "Operator", out var operatorText) || operatorText != "starts_with")
        {
            return "The filter's Operator must be starts_with, the only operator the customers list supports.";
        }

        if (!TryGetString(root, "Value", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return "The filter's Value must be a non-empty string.";
        }

        if (value.Length > CustomerFilter.MaximumValueLength)
        {
            return $"The filter's Value must be at most {CustomerFilter.MaximumValueLength} characters.";
        }

        filter = new CustomerFilter(field.Value, value);
        return null;
    }

    private static bool TryGetString(JsonElement root, string name, [NotNullWhen(true)] out string? value)
    {
        value = root.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;
        return value is not null;
    }
}
