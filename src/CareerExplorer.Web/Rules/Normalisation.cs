namespace CareerExplorer.Web.Rules;

public static class Normalisation
{
    /// <summary>Full-time hours in a year, the convention BLS uses to annualise hourly wages.</summary>
    public const int HoursPerYear = 2080;
}
