using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Store;

/// <summary>
/// One customer as the store holds it. Immutable: every change makes a new instance, so a reader holding a store
/// snapshot never sees a half-made change. Deliberately not a record: the search keys and the billing ETag are read
/// from the resource JSON, and a <c>with</c> expression could change the JSON without them; the <c>With...</c>
/// methods keep them in step.
/// </summary>
internal sealed class StoredCustomer
{
    private StoredCustomer(
        Guid tenantId,
        long position,
        string resourceJson,
        bool delegatedAdminAccess,
        string? indirectCloudSolutionProviderId,
        ImmutableArray<StoredQualification> qualifications,
        JsonObject parsedResource)
    {
        TenantId = tenantId;
        Position = position;
        ResourceJson = resourceJson;
        DelegatedAdminAccess = delegatedAdminAccess;
        IndirectCloudSolutionProviderId = indirectCloudSolutionProviderId;
        Qualifications = qualifications;
        SearchKeys = CustomerSearchKeys.From(parsedResource, indirectCloudSolutionProviderId);
        BillingEtag = parsedResource["billingProfile"]?["attributes"]?["etag"] is JsonValue etag && etag.TryGetValue<string>(out var text)
            ? text
            : null;
        HasBillingProfile = parsedResource["billingProfile"] is JsonObject;
    }

    public Guid TenantId { get; }

    /// <summary>
    /// Where the customer sits in the list order: given by the store when the customer is added, never changed and
    /// never reused, so a continuation token can say "after position N" whatever is created or deleted meanwhile.
    /// </summary>
    public long Position { get; }

    /// <summary>The full resource, as a partner with delegated admin access reads it; kept as text so it can be shared between threads.</summary>
    public string ResourceJson { get; }

    /// <summary>Whether the partner has delegated admin access (DAP/GDAP) to the customer's tenant.</summary>
    public bool DelegatedAdminAccess { get; }

    /// <summary>The indirect provider the customer is linked to (emulator metadata: the resource has no member for it).</summary>
    public string? IndirectCloudSolutionProviderId { get; }

    public ImmutableArray<StoredQualification> Qualifications { get; }

    public CustomerSearchKeys SearchKeys { get; }

    /// <summary>The billing profile's <c>attributes.etag</c>; null when the profile has none.</summary>
    public string? BillingEtag { get; }

    public bool HasBillingProfile { get; }

    public static StoredCustomer Create(
        Guid tenantId,
        JsonObject resource,
        bool delegatedAdminAccess,
        string? indirectCloudSolutionProviderId = null,
        ImmutableArray<StoredQualification> qualifications = default) =>
        new(
            tenantId,
            position: -1,
            resource.ToJsonString(),
            delegatedAdminAccess,
            indirectCloudSolutionProviderId,
            qualifications.IsDefault ? [] : qualifications,
            resource);

    /// <summary>A new tree of the resource for the caller to read or change; the stored text is never touched.</summary>
    public JsonObject ParseResource() => (JsonObject)JsonNode.Parse(ResourceJson)!;

    public StoredCustomer WithPosition(long position) =>
        new(TenantId, position, ResourceJson, DelegatedAdminAccess, IndirectCloudSolutionProviderId, Qualifications, ParseResource());

    public StoredCustomer WithResource(JsonObject resource) =>
        new(TenantId, Position, resource.ToJsonString(), DelegatedAdminAccess, IndirectCloudSolutionProviderId, Qualifications, resource);

    public StoredCustomer WithQualifications(ImmutableArray<StoredQualification> qualifications) =>
        new(TenantId, Position, ResourceJson, DelegatedAdminAccess, IndirectCloudSolutionProviderId, qualifications, ParseResource());
}
