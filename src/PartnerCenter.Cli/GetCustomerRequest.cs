using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>What <c>customers get</c> was asked to do, as parsed from the command line.</summary>
internal sealed record GetCustomerRequest(
    string CustomerTenantId,
    string Output,
    string? Cloud,
    string? Endpoint,
    PartnerCenterResilienceOptions Resilience,
    bool Verbose);
