namespace PartnerCenter.Emulator;

/// <summary>Which requests belong to the emulated Partner Center API rather than to the emulator itself.</summary>
internal static class PartnerCenterPaths
{
    public const string ApiPrefix = "/v1";
    public const string CustomersRoute = "/v1/customers";
    public const string CustomerRoute = "/v1/customers/{customerTenantId}";
    public const string CustomerTenantIdRouteValue = "customerTenantId";
    public const string RequestLogRoute = "/emulator/requests";

    public static bool IsPartnerCenterRequest(PathString path) =>
        path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase);
}
