using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Seed;

/// <summary>
/// One customer of the seed: its resource exactly as stored (the full view a partner with DAP access gets)
/// and whether the partner has delegated admin access to its tenant.
/// </summary>
internal sealed class SeededCustomer(Guid tenantId, JsonObject resource, bool delegatedAdminAccess)
{
    // Kept as text and parsed per request: JSON nodes are not safe to share between threads, and every
    // response gets its own tree to trim without touching the seed.
    private readonly string _resourceJson = resource.ToJsonString();

    public Guid TenantId { get; } = tenantId;

    public bool DelegatedAdminAccess { get; } = delegatedAdminAccess;

    public JsonObject ParseResource() => (JsonObject)JsonNode.Parse(_resourceJson)!;
}
