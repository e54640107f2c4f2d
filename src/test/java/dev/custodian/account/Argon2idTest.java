package dev.custodian.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    private final Argon2id argon2id = new Argon2id();

    @Test
    void givesTheTagOfTheTestVectorInRfc9106() {
        byte[] tag =
                argon2id.hash(
                        filled(32, 0x01),
                        filled(16, 0x02),
                        filled(8, 0x03),
                        filled(12, 0x04),
                        32,
                        3,
                        4,
                        32);

        assertEquals(
                "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659",
                HexFormat.of().formatHex(tag));
    }

    @Test
    void givesWhatBouncyCastleGivesSoThatStoredHashesStillVerify() {
        Random random = new Random(19);
        int[][] parameters = {
            {19456, 2, 1, 32},
            {8192, 1, 1, 32},
            {64, 3, 4, 32},
            {100, 2, 3, 80},
            {37, 1, 1, 4},
            {19456, 2, 1, 32}
        };
        for (int[] p : parameters) {
            byte[] password = new byte[random.nextInt(60)];
            byte[] salt = new byte[16];
            random.nextBytes(password);
            random.nextBytes(salt);

            assertArrayEquals(
                    bouncyCastle(password, salt, p[0], p[1], p[2], p[3]),
                    argon2id.hash(password, salt, p[0], p[1], p[2], p[3]),
                    "m=" + p[0] + ",t=" + p[1] + ",p=" + p[2]);
        }
    }

    private static byte[] bouncyCastle(
            byte[] password,
            byte[] salt,
            int memoryKib,
            int iterations,
            int parallelism,
            int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(
                new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withMemoryAsKB(memoryKib)
                        .withIterations(iterations)
                        .withParallelism(parallelism)
                        .withSalt(salt)
                        .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
