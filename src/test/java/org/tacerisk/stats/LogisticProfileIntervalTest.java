package org.tacerisk.stats;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacerisk.testsupport.ReferenceCsv;
import org.tacerisk.testsupport.Tolerance;

/** Profile-likelihood limits against R's uniroot solution ({@code beta_profile_exact_*}) and MASS's confint.glm. */
class LogisticProfileIntervalTest {

    @ParameterizedTest
    @ValueSource(strings = {"birthwt", "hcc"})
    void profileLimitsMatchRootFindingInR(String dataset) throws IOException {
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/glm/" + dataset + "_coef.csv");
        LogisticModel model = LogisticRegressionReferenceTest.fitReference(dataset);
        Tolerance exact = new Tolerance();
        Tolerance mass = new Tolerance();
        for (ProfileLikelihoodInterval ci : model.profile()) {
            String t = ci.term();
            // absolute on the log-odds scale (limits can be near 0), as the README's "about 1e-8"
            exact.assertClose(ref.value("term", t, "beta_profile_exact_lower"), ci.lower(), 1e-8, 1, t + " lower");
            exact.assertClose(ref.value("term", t, "beta_profile_exact_upper"), ci.upper(), 1e-8, 1, t + " upper");
            exact.assertClose(Math.exp(ref.value("term", t, "beta_profile_exact_lower")), ci.oddsRatioLower(), 1e-8,
                    t + " OR lower");
            exact.assertClose(Math.exp(ref.value("term", t, "beta_profile_exact_upper")), ci.oddsRatioUpper(), 1e-8,
                    t + " OR upper");
            // MASS interpolates a profile spline: good to about 1e-4 absolute only
            mass.assertClose(ref.value("term", t, "or_profile_lower"), ci.oddsRatioLower(), 1e-3, t + " MASS OR lower");
            mass.assertClose(ref.value("term", t, "or_profile_upper"), ci.oddsRatioUpper(), 1e-3, t + " MASS OR upper");
        }
        System.out.println(exact.report("glm/" + dataset + "_coef.csv beta_profile_exact_*"));
        System.out.println(mass.report("glm/" + dataset + "_coef.csv or_profile_* (MASS)"));
    }
}
