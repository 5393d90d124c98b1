using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Seed;

/// <summary>
/// Reads a seed file: <c>{"customers": [{"delegatedAdminAccess": bool, "indirectCloudSolutionProviderId": "...",
/// "qualifications": [...], "customer": {...}}]}</c>, everything but <c>customer</c> optional. The customer resources
/// are kept as JSON, so properties the emulator does not know pass through untouched and in their original order.
/// </summary>
internal static class SeedDataReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // Seed files are edited by hand.
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static IReadOnlyList<StoredCustomer> Read(Stream utf8Json, string sourceName)
    {
        var root = Parse(utf8Json, sourceName) as JsonObject
            ?? throw Invalid(sourceName, "the root must be a JSON object");
        var entries = root["customers"] as JsonArray
            ?? throw Invalid(sourceName, "'customers' must be an array");

        var customers = new List<StoredCustomer>(entries.Count);
        foreach (var entry in entries)
        {
            customers.Add(ReadEntry(entry, sourceName, customers.Count));
        }

        var duplicate = customers.GroupBy(customer => customer.TenantId).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid(sourceName, $"customer {duplicate.Key} appears more than once");
        }

        return customers;
    }

    private static JsonNode? Parse(Stream utf8Json, string sourceName)
    {
        try
        {
            return JsonNode.Parse(utf8Json, documentOptions: DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw Invalid(sourceName, exception.Message, exception);
        }
    }

    private static StoredCustomer ReadEntry(JsonNode? entry, string sourceName, int index)
    {
        var where = $"customers[{index}]";
        if (entry is not JsonObject entryObject || entryObject["customer"] is not JsonObject resource)
        {
            throw Invalid(sourceName, $"{where} must be an object with a 'customer' object");
        }

        if (resource["id"] is not JsonValue idValue
            || !idValue.TryGetValue<string>(out var id)
            || !Guid.TryParse(id, out var tenantId))
        {
            throw Invalid(sourceName, $"{where}.customer.id must be a GUID string");
        }

        var delegatedAdminAccess = entryObject["delegatedAdminAccess"] switch
        {
            null => true,
            JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
            _ => throw Invalid(sourceName, $"{where}.delegatedAdminAccess must be true or false"),
        };

        var provider = entryObject["indirectCloudSolutionProviderId"] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => throw Invalid(sourceName, $"{where}.indirectCloudSolutionProviderId must be a string"),
        };

        return StoredCustomer.Create(tenantId, resource, delegatedAdminAccess, provider, ReadQualifications(entryObject["qualifications"], sourceName, where));
    }

    private static ImmutableArray<StoredQualification> ReadQualifications(JsonNode? node, string sourceName, string where)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw Invalid(sourceName, $"{where}.qualifications must be an array");
        }

        var qualifications = ImmutableArray.CreateBuilder<StoredQualification>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject qualification
                || qualification["qualification"] is not JsonValue kind
                || !kind.TryGetValue<string>(out var kindText))
            {
                throw Invalid(sourceName, $"{where}.qualifications[{i}] must be an object with a 'qualification' string");
            }

            var status = qualification["vettingStatus"] is JsonValue statusValue && statusValue.TryGetValue<string>(out var statusText)
                ? statusText
                : null;
            qualifications.Add(new StoredQualification(kindText, status, qualification.ToJsonString()));
        }

        return qualifications.MoveToImmutable();
    }

    private static InvalidDataException Invalid(string sourceName, string problem, Exception? cause = null) =>
        new($"The emulator seed data '{sourceName}' is not valid: {problem.TrimEnd('.')}.", cause);
}
