using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>The names <c>--cloud</c> accepts.</summary>
internal static class CloudNames
{
    public const string Global = "global";
    public const string UsGovernment = "usgov";
    public const string China = "china";

    public static IReadOnlyList<string> All { get; } = [Global, UsGovernment, China];

    public static PartnerCenterCloud Resolve(string name) => name switch
    {
        UsGovernment => PartnerCenterCloud.UsGovernment,
        China => PartnerCenterCloud.China,
        _ => PartnerCenterCloud.Global,
    };
}
