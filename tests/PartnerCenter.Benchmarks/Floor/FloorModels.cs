using System.Text.Json.Serialization;

namespace PartnerCenter.Benchmarks.Floor;

// Hand-written plain classes for the documented customer: every member of the sample, nothing more (no required
// checks, no open enums, no extension data, no equatable collections). The floor of deserialisation cost.
#pragma warning disable CA2227, CA1002, CA1056 // Plain settable DTOs are the point of a floor.

public sealed class FloorCustomer
{
    public string? Id { get; set; }
    public string? CommerceId { get; set; }
    public FloorCompanyProfile? CompanyProfile { get; set; }
    public FloorBillingProfile? BillingProfile { get; set; }
    public string? RelationshipToPartner { get; set; }
    public bool? AllowDelegatedAccess { get; set; }
    public List<string>? CustomDomains { get; set; }
    public List<string>? Tags { get; set; }
    public FloorLinks? Links { get; set; }
    public FloorAttributes? Attributes { get; set; }
}

public sealed class FloorCompanyProfile
{
    public string? TenantId { get; set; }
    public string? Domain { get; set; }
    public string? CompanyName { get; set; }
    public FloorAddress? Address { get; set; }
    public string? Email { get; set; }
    public FloorLinks? Links { get; set; }
    public FloorAttributes? Attributes { get; set; }
}

public sealed class FloorBillingProfile
{
    public string? Id { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Culture { get; set; }
    public string? Language { get; set; }
    public string? CompanyName { get; set; }
    public FloorAddress? DefaultAddress { get; set; }
    public FloorLinks? Links { get; set; }
    public FloorAttributes? Attributes { get; set; }
}

public sealed class FloorAddress
{
    public string? Country { get; set; }
    public string? Region { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? AddressLine1 { get; set; }
    public string? PostalCode { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? PhoneNumber { get; set; }
}

public sealed class FloorLinks
{
    public FloorLink? Self { get; set; }
}

public sealed class FloorLink
{
    public string? Uri { get; set; }
    public string? Method { get; set; }
    public List<FloorHeader>? Headers { get; set; }
}

public sealed class FloorHeader
{
    public string? Key { get; set; }
    public string? Value { get; set; }
}

public sealed class FloorAttributes
{
    public string? Etag { get; set; }
    public string? ObjectType { get; set; }
}

/// <summary>The hand-written source-generated context for the floor classes: camelCase names, nothing else.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FloorCustomer))]
public sealed partial class FloorJsonContext : JsonSerializerContext;
